package app.plumbline.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomePlanRepository extends JpaRepository<OutcomePlan, Long> {

    List<OutcomePlan> findByPatientIdOrderByQuestionnaire(Long patientId);

    Optional<OutcomePlan> findByPatientIdAndQuestionnaire(Long patientId, String questionnaire);
}
