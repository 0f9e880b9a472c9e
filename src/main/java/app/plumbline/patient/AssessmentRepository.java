package app.plumbline.patient;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    List<Assessment> findByPatientIdOrderByAssessedOnDescIdDesc(Long patientId);

    List<Assessment> findByPatientIdInOrderByAssessedOnDescIdDesc(Collection<Long> patientIds);
}
