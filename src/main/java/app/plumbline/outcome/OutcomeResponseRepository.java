package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutcomeResponseRepository extends JpaRepository<OutcomeResponse, Long> {

    Optional<OutcomeResponse> findByPatientIdAndQuestionnaireAndDueOn(Long patientId, String questionnaire,
            LocalDate dueOn);

    List<OutcomeResponse> findByPatientIdAndSubmittedAtIsNotNullOrderByAnsweredOnAscIdAsc(Long patientId);

    Optional<OutcomeResponse> findFirstByPatientIdAndQuestionnaireAndSubmittedAtIsNotNullOrderByAnsweredOnDescIdDesc(
            Long patientId, String questionnaire);

    /** Every response of the patient, submitted or still open, by the day it was due; for the patient's data file. */
    List<OutcomeResponse> findByPatientIdOrderByDueOnAscIdAsc(Long patientId);
}
