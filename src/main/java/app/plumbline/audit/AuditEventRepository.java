package app.plumbline.audit;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append-only: events can be added, sealed once and read, never removed. */
interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> saveAll(Iterable<AuditEvent> events);

    List<AuditEvent> findByPatientIdOrderByIdDesc(Long patientId);

    List<AuditEvent> findBySeqIsNullOrderById(Limit limit);

    Stream<AuditEvent> findBySeqIsNotNullOrderBySeq();
}
