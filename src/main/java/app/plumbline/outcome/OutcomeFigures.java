package app.plumbline.outcome;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrow API through which other features read outcomes (the suggestion rules): a patient's
 * scores per measure with their change against baseline. Never the repositories.
 */
@Service
public class OutcomeFigures {

    private final PatientAccess access;
    private final OutcomeResults results;

    OutcomeFigures(PatientAccess access, OutcomeResults results) {
        this.access = access;
        this.results = results;
    }

    @Transactional(readOnly = true)
    public List<MeasureResult> results(PatientRef patientRef) {
        return results.of(access.therapist(patientRef).id());
    }
}
