package app.plumbline.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append-only: events can be added and read, never changed or removed. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByPatientIdOrderByIdDesc(Long patientId);
}
