package app.plumbline.outcome;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The patient's outcome measures, by the day each was due: the questionnaire, the occasion, the
 * answers with the question as the clinic has its text, and the score; a response the patient
 * started and has not sent yet too, without a score.
 */
@Component
class OutcomeDataSection implements PatientDataSection {

    record ResponseData(String questionnaire, String slug, String occasion, LocalDate dueOn, LocalDate answeredOn,
            String startedAt, String submittedAt, Double score, Integer answeredItems, List<AnswerData> answers) {
    }

    record AnswerData(String item, String question, int points, String activity) {
    }

    private final OutcomeResponseRepository responses;
    private final ClinicQuestionnaires questionnaires;
    private final PatientAccess access;

    OutcomeDataSection(OutcomeResponseRepository responses, ClinicQuestionnaires questionnaires,
            PatientAccess access) {
        this.responses = responses;
        this.questionnaires = questionnaires;
        this.access = access;
    }

    @Override
    public String name() {
        return "outcomeMeasures";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        return responses.findByPatientIdOrderByDueOnAscIdAsc(access.reader(patientRef).id()).stream().map(r -> {
            Optional<Questionnaire> q = questionnaires.find(r.getQuestionnaire());
            return new ResponseData(q.map(Questionnaire::name).orElse(r.getQuestionnaire()), r.getQuestionnaire(),
                    r.getOccasion() == null ? null : r.getOccasion().label(), r.getDueOn(), r.getAnsweredOn(),
                    PatientDataSection.time(r.getStartedAt(), zone), PatientDataSection.time(r.getSubmittedAt(), zone),
                    r.getScore(), r.getAnsweredItems(), answers(r.getAnswers(), q));
        }).toList();
    }

    /** In the questionnaire's order of items; an item it no longer has after them, by key. */
    private static List<AnswerData> answers(Map<String, Answer> answers, Optional<Questionnaire> q) {
        List<String> order = q.map(x -> x.items().stream().map(Questionnaire.Item::key).toList()).orElse(List.of());
        List<String> keys = new ArrayList<>(answers.keySet());
        keys.sort(Comparator.comparingInt((String k) -> order.indexOf(k) < 0 ? order.size() : order.indexOf(k))
                .thenComparing(Comparator.naturalOrder()));
        return keys.stream().map(k -> new AnswerData(k, q.flatMap(x -> x.item(k)).map(Questionnaire.Item::label)
                .orElse(null), answers.get(k).points(), answers.get(k).label())).toList();
    }
}
