package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

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
