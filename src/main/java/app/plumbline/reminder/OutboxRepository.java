package app.plumbline.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

    List<OutboxEntry> findByPatientIdAndScheduledForAfter(Long patientId, Instant after);

    List<OutboxEntry> findByClinicIdOrderByAttemptedAtDescIdDesc(Long clinicId, Pageable page);

    boolean existsByClinicId(Long clinicId);

    long countByPatientIdAndKind(Long patientId, ReminderKind kind);
}
