package app.plumbline.outcome;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Groups a patient's submitted responses into one result per measure (no access check: callers check). */
@Component
class OutcomeResults {

    private final OutcomeResponseRepository responses;
    private final Questionnaires questionnaires;

    OutcomeResults(OutcomeResponseRepository responses, Questionnaires questionnaires) {
        this.responses = responses;
        this.questionnaires = questionnaires;
    }

    List<MeasureResult> of(Long patientId) {
        Map<String, List<MeasureResult.Point>> bySlug = new LinkedHashMap<>();
        for (OutcomeResponse r : responses.findByPatientIdAndSubmittedAtIsNotNullOrderByAnsweredOnAscIdAsc(patientId)) {
            bySlug.computeIfAbsent(r.getQuestionnaire(), k -> new ArrayList<>())
                    .add(new MeasureResult.Point(r.getAnsweredOn(), r.getScore(), r.getOccasion()));
        }
        List<MeasureResult> results = new ArrayList<>();
        bySlug.forEach((slug, points) -> questionnaires.find(slug)
                .ifPresent(q -> results.add(MeasureResult.of(q, points))));
        return results;
    }
}
