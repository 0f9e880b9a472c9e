package app.plumbline.outcome;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The narrow API through which other features read outcomes: a patient's scores per measure with
 * their change against baseline (the suggestion rules), and the questionnaires to print with the
 * home-exercise sheet. Never the repositories.
 */
@Service
public class OutcomeFigures {

    /** A paper patient gets the sheet for four weeks: measures due within them are printed with it. */
    static final int SHEET_DAYS = 28;

    private final PatientAccess access;
    private final OutcomeResults results;
    private final OutcomePlanRepository plans;
    private final OutcomeResponseRepository responses;
    private final ClinicQuestionnaires questionnaires;
    private final CurrentUser currentUser;

    OutcomeFigures(PatientAccess access, OutcomeResults results, OutcomePlanRepository plans,
            OutcomeResponseRepository responses, ClinicQuestionnaires questionnaires, CurrentUser currentUser) {
        this.access = access;
        this.results = results;
        this.plans = plans;
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
    }

    /**
     * The patient's assigned questionnaires that are due now (and not yet answered) or within the
     * sheet's four weeks, as printable pages; a licensed measure without the clinic's imported texts
     * is left out, and the reason is given.
     */
    @Transactional(readOnly = true)
    public SheetQuestionnaires forSheet(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        LocalDate today = currentUser.today();
        List<SheetQuestionnaires.Page> pages = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (OutcomePlan plan : plans.findByPatientIdOrderByQuestionnaire(patient.id())) {
            var q = questionnaires.find(plan.getQuestionnaire());
            var due = dueOn(patient, plan, today);
            if (q.isEmpty() || due.isEmpty()) {
                continue;
            }
            if (!q.get().answerable()) {
                leftOut.add(q.get().shortName() + " is left out: its texts are licensed and this clinic has not "
                        + "imported them (an admin can, under Questionnaire settings).");
                continue;
            }
            pages.add(page(q.get(), due.get()));
        }
        return new SheetQuestionnaires(pages, leftOut);
    }

    private Optional<LocalDate> dueOn(PatientRef patient, OutcomePlan plan, LocalDate today) {
        var current = plan.current(today).map(OutcomeSchedule.Due::on).filter(on -> responses
                .findByPatientIdAndQuestionnaireAndDueOn(patient.id(), plan.getQuestionnaire(), on)
                .filter(OutcomeResponse::isSubmitted).isEmpty());
        return current.isPresent() ? current
                : plan.next(today).filter(on -> !on.isAfter(today.plusDays(SHEET_DAYS)));
    }

    private static SheetQuestionnaires.Page page(Questionnaire q, LocalDate dueOn) {
        List<SheetQuestionnaires.PageItem> items = new ArrayList<>();
        for (int i = 0; i < q.items().size(); i++) {
            var item = q.items().get(i);
            items.add(new SheetQuestionnaires.PageItem(i + 1, q.patientNamesItems() ? null : item.label(),
                    item.options()));
        }
        return new SheetQuestionnaires.Page(q.shortName(), q.name(), q.instructions(), dueOn, q.scale().min(),
                q.scale().max(), q.scale().minLabel(), q.scale().maxLabel(), q.patientNamesItems(), items);
    }

    @Transactional(readOnly = true)
    public List<MeasureResult> results(PatientRef patientRef) {
        return results.of(access.therapist(patientRef).id());
    }
}
