package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    /** Per day and exercise: sets done, each session's capped at its target (skipped ones count 0). */
    @Query("select s.sessionDate, e.exerciseId, sum(case when e.setsDone > e.targetSets then e.targetSets "
            + "else e.setsDone end) from SessionLog s join s.exercises e where s.patientId = :patientId "
            + "and s.sessionDate between :from and :to and e.skipReason is null group by s.sessionDate, e.exerciseId")
    List<Object[]> setsPerDay(Long patientId, LocalDate from, LocalDate to);

    /** Per day: sessions, mean and highest pain during, and whether a next morning was worse. */
    @Query("select s.sessionDate, count(distinct s.id), avg(e.pain), max(e.pain), "
            + "max(case when s.nextMorning = app.plumbline.sessionlog.NextMorning.WORSE then 1 else 0 end) "
            + "from SessionLog s left join s.exercises e where s.patientId = :patientId "
            + "and s.sessionDate between :from and :to group by s.sessionDate order by s.sessionDate")
    List<Object[]> daySummaries(Long patientId, LocalDate from, LocalDate to);

    /** The patient's exercise logs since a day, newest first: day, exercise, pain, difficulty, skipped. */
    @Query("select s.sessionDate, e.exerciseId, e.pain, e.difficulty, e.skipReason from SessionLog s "
            + "join s.exercises e where s.patientId = :patientId and s.sessionDate >= :from "
            + "order by s.sessionDate desc, s.id desc")
    List<Object[]> exerciseLogsSince(Long patientId, LocalDate from);

    /** patient id and date of their latest session, one row per patient. */
    @Query("select s.patientId, max(s.sessionDate) from SessionLog s where s.patientId in :patientIds "
            + "group by s.patientId")
    List<Object[]> lastSessionDates(Collection<Long> patientIds);

    Optional<SessionLog> findBySubmissionKey(String submissionKey);

    List<SessionLog> findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(Long patientId, LocalDate from,
            LocalDate to);

    List<SessionLog> findByPatientIdOrderBySessionDateDescIdDesc(Long patientId);

    Optional<SessionLog> findFirstByPatientIdAndSessionDateBeforeOrderBySessionDateDescIdDesc(Long patientId,
            LocalDate date);
}
