package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    Optional<SessionLog> findBySubmissionKey(String submissionKey);

    List<SessionLog> findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(Long patientId, LocalDate from,
            LocalDate to);

    List<SessionLog> findByPatientIdOrderBySessionDateDescIdDesc(Long patientId);

    Optional<SessionLog> findFirstByPatientIdAndSessionDateBeforeOrderBySessionDateDescIdDesc(Long patientId,
            LocalDate date);
}
