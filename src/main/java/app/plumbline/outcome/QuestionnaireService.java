package app.plumbline.outcome;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's side: the questionnaires due now, answered one answer at a time (saved as they go,
 * so the patient can stop and come back) and sent once complete. A patient reaches only their own
 * responses; a made-up response id is refused and recorded.
 */
@Service
public class QuestionnaireService {

    private final PatientAccess access;
    private final ClinicQuestionnaires questionnaires;
    private final OutcomePlanRepository plans;
    private final OutcomeResponseRepository responses;
    private final OutcomeResults results;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuestionnaireService(PatientAccess access, ClinicQuestionnaires questionnaires, OutcomePlanRepository plans,
            OutcomeResponseRepository responses, OutcomeResults results, AuditLog audit, CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.questionnaires = questionnaires;
        this.plans = plans;
        this.responses = responses;
        this.results = results;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DueQuestionnaire> due() {
        PatientRef me = access.self("Looked at their questionnaires");
        LocalDate today = currentUser.today();
        return plans.findByPatientIdOrderByQuestionnaire(me.id()).stream().flatMap(plan -> {
            var q = questionnaires.find(plan.getQuestionnaire()).filter(Questionnaire::answerable);
            var due = plan.current(today);
            if (q.isEmpty() || due.isEmpty()) {
                return java.util.stream.Stream.empty();
            }
            var response = responses.findByPatientIdAndQuestionnaireAndDueOn(me.id(), plan.getQuestionnaire(),
                    due.get().on());
            if (response.filter(OutcomeResponse::isSubmitted).isPresent()) {
                return java.util.stream.Stream.empty();
            }
            return java.util.stream.Stream.of(new DueQuestionnaire(q.get().slug(), q.get().shortName(), q.get().name(),
                    q.get().items().size(), due.get().on(), response.isPresent()));
        }).toList();
    }

    /** The questionnaire due now, with the answers saved so far (started on the first call). */
    @Transactional
    public QuestionnaireForm open(String slug) {
        PatientRef me = access.self();
        LocalDate today = currentUser.today();
        OutcomePlan plan = plans.findByPatientIdAndQuestionnaire(me.id(), slug == null ? "" : slug)
                .filter(OutcomePlan::isActive).orElseThrow(() -> denied(me, "open questionnaire " + slug,
                        "This questionnaire was not asked of you"));
        Questionnaire q = questionnaires.find(slug).filter(Questionnaire::answerable).orElseThrow(() ->
                new InvalidInputException("questionnaire", "This questionnaire cannot be answered here yet."));
        var due = plan.current(today).orElseThrow(() -> new InvalidInputException("questionnaire",
                "Nothing to answer today: " + q.shortName() + " is next due " + plan.next(today).orElse(null) + "."));
        OutcomeResponse response = responses.findByPatientIdAndQuestionnaireAndDueOn(me.id(), slug, due.on())
                .orElse(null);
        if (response == null) {
            response = responses.save(new OutcomeResponse(me.id(), slug, due, clock.instant()));
            audit.write(me.id(), "outcome.start", slug + " due " + due.on());
        } else {
            audit.accessed(me.id(), "Opened questionnaire " + q.shortName());
        }
        if (response.isSubmitted()) {
            throw new InvalidInputException("questionnaire", "You have sent your " + q.shortName()
                    + " answers already. Thank you!");
        }
        return new QuestionnaireForm(response.getId(), q, due.on(), due.occasion(), response.getAnswers(),
                previousLabels(me.id(), q));
    }

    /** Saves one answer (null clears it); a value off the scale is refused at its question. */
    @Transactional
    public void answer(Long responseId, String itemKey, Integer points, String label) {
        PatientRef me = access.self();
        OutcomeResponse response = own(me, responseId);
        Questionnaire q = questionnaires.find(response.getQuestionnaire()).orElseThrow();
        response.answer(q, itemKey, points, label);
        audit.write(me.id(), "outcome.answer", q.slug() + " " + itemKey);
    }

    /** Scores and sends the answers; missing or out-of-range answers are refused and nothing is sent. */
    @Transactional
    public Score submit(Long responseId) {
        PatientRef me = access.self();
        OutcomeResponse response = own(me, responseId);
        Questionnaire q = questionnaires.find(response.getQuestionnaire()).orElseThrow();
        Score score = response.submit(q, clock.instant(), currentUser.today());
        audit.write(me.id(), "outcome.submit", q.slug() + " score " + score.value());
        return score;
    }

    /** The signed-in patient's own scores over time, for My progress. */
    @Transactional(readOnly = true)
    public List<MeasureResult> myResults() {
        PatientRef me = access.self("Looked at their questionnaire results");
        return results.of(me.id());
    }

    private OutcomeResponse own(PatientRef me, Long responseId) {
        return Optional.ofNullable(responseId).flatMap(responses::findById)
                .filter(r -> r.getPatientId().equals(me.id()))
                .orElseThrow(() -> denied(me, "answer questionnaire response " + responseId,
                        "This questionnaire is not yours"));
    }

    private AccessDeniedException denied(PatientRef me, String what, String reason) {
        audit.denied(me.id(), "outcome.access", what + ": " + reason);
        return new AccessDeniedException(reason);
    }

    private Map<String, String> previousLabels(Long patientId, Questionnaire q) {
        if (!q.patientNamesItems()) {
            return Map.of();
        }
        return responses.findFirstByPatientIdAndQuestionnaireAndSubmittedAtIsNotNullOrderByAnsweredOnDescIdDesc(
                        patientId, q.slug())
                .map(r -> r.getAnswers().entrySet().stream().filter(e -> e.getValue().label() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().label())))
                .orElse(Map.of());
    }
}
