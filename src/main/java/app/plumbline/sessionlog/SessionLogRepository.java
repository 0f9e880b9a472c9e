package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
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

    // The clinic-wide figures below start from the clinic's patients, so each patient's sessions
    // are found by the (patient, date) index whatever the size of the clinic.

    /**
     * Per patient (of those given), day and exercise: sets done as in {@link #setsPerDay}, and the
     * sum, count and highest of the pain ratings. From the patients, so that each is one range of
     * the {@code (patient, date)} index: H2 uses an IN list on session_log's patient alone and
     * reads every session of those patients.
     */
    @Query(nativeQuery = true, value = "select s.patient_id, s.session_date, e.exercise_id, sum(case when "
            + "e.skip_reason is not null then 0 when e.sets_done > e.target_sets then e.target_sets "
            + "else e.sets_done end), sum(e.pain), count(e.pain), max(e.pain) from patient p "
            + "join session_log s on s.patient_id = p.id join exercise_log e on e.session_id = s.id "
            + "where p.id in (:patientIds) and s.session_date between :from and :to "
            + "group by s.patient_id, s.session_date, e.exercise_id")
    List<Object[]> exerciseDays(java.util.Collection<Long> patientIds, LocalDate from, LocalDate to);

    /** Per patient (of those given) and day with a session: 1 when a next morning was worse, else 0. */
    @Query(nativeQuery = true, value = "select s.patient_id, s.session_date, "
            + "max(case when s.next_morning = 'WORSE' then 1 else 0 end) from patient p "
            + "join session_log s on s.patient_id = p.id "
            + "where p.id in (:patientIds) and s.session_date between :from and :to "
            + "group by s.patient_id, s.session_date")
    List<Object[]> sessionDays(java.util.Collection<Long> patientIds, LocalDate from, LocalDate to);

    /** The patient's first and latest session day (nulls when there is none). */
    @Query("select min(s.sessionDate), max(s.sessionDate) from SessionLog s where s.patientId = :patientId")
    List<Object[]> span(Long patientId);

    /** The sum and count of pain logged in the patient's sessions before the day. */
    @Query("select sum(e.pain), count(e.pain) from SessionLog s join s.exercises e "
            + "where s.patientId = :patientId and s.sessionDate < :before")
    List<Object[]> painBefore(Long patientId, LocalDate before);

    /** The patient's latest session notes: day and note, newest first. */
    @Query("select s.sessionDate, s.note from SessionLog s where s.patientId = :patientId and s.note is not null "
            + "order by s.sessionDate desc, s.id desc limit :limit")
    List<Object[]> latestNotes(Long patientId, int limit);

    Optional<SessionLog> findBySubmissionKey(String submissionKey);

    List<SessionLog> findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(Long patientId, LocalDate from,
            LocalDate to);

    Slice<SessionLog> findByPatientIdOrderBySessionDateDescIdDesc(Long patientId, Pageable page);

    boolean existsByPatientId(Long patientId);

    /** Every session of the patient with its exercises (one query), oldest first, for the patient's data file. */
    @EntityGraph(attributePaths = "exercises")
    List<SessionLog> findByPatientIdOrderBySessionDateAscIdAsc(Long patientId);

    Optional<SessionLog> findFirstByPatientIdAndSessionDateBeforeOrderBySessionDateDescIdDesc(Long patientId,
            LocalDate date);
}
