package app.plumbline.sessionlog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RedFlagRepository extends JpaRepository<RedFlag, Long> {

    List<RedFlag> findByPatientIdOrderByRaisedAtDesc(Long patientId);

    List<RedFlag> findByPatientIdInAndAcknowledgedAtIsNull(java.util.Collection<Long> patientIds);
}
