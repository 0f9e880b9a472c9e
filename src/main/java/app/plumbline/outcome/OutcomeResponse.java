package app.plumbline.outcome;

import app.plumbline.base.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One patient's answers to one measure for one occasion. Saved answer by answer (so the patient can
 * stop and come back), scored and closed once submitted; a submitted response does not change.
 */
@Entity
class OutcomeResponse {

    static final int MAX_LABEL = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private String questionnaire;
    private LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    private Occasion occasion;
    private Instant startedAt;
    private Instant submittedAt;
    private LocalDate answeredOn;
    private BigDecimal score;
    private Integer answeredItems;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "outcome_answer", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item_key")
    private Map<String, Answer> answers = new HashMap<>();

    protected OutcomeResponse() {
    }

    OutcomeResponse(Long patientId, String questionnaire, OutcomeSchedule.Due due, Instant startedAt) {
        this.patientId = patientId;
        this.questionnaire = questionnaire;
        this.dueOn = due.on();
        this.occasion = due.occasion();
        this.startedAt = startedAt;
    }

    /**
     * A questionnaire answered on paper and typed in by the therapist, scored at once: ticks per item
     * as on the sheet (two ticks count the higher where the measure says so, ODI).
     */
    static OutcomeResponse onPaper(Questionnaire q, Long patientId, LocalDate answeredOn, Occasion occasion,
            Map<String, List<Integer>> ticks, Map<String, String> labels, Instant at) {
        Score result = ScoreCalculator.score(q, ticks);
        var response = new OutcomeResponse(patientId, q.slug(), new OutcomeSchedule.Due(answeredOn, occasion), at);
        ticks.forEach((key, values) -> values.stream().max(Integer::compare)
                .ifPresent(v -> response.answers.put(key, new Answer(v, labels.get(key)))));
        response.submittedAt = at;
        response.answeredOn = answeredOn;
        response.score = BigDecimal.valueOf(result.value());
        response.answeredItems = result.answered();
        return response;
    }

    /** Saves one answer (null points clears it); refuses an item the measure lacks or a value off its scale. */
    void answer(Questionnaire q, String itemKey, Integer points, String label) {
        if (isSubmitted()) {
            throw new InvalidInputException(itemKey, "These answers were sent already and cannot change.");
        }
        var item = q.item(itemKey).orElseThrow(() ->
                new InvalidInputException(itemKey == null ? "item" : itemKey, "This question is not part of the "
                        + q.shortName() + "."));
        if (points == null) {
            answers.remove(item.key());
            return;
        }
        if (!q.scale().contains(points)) {
            throw new InvalidInputException(item.key(), "Choose an answer from " + q.scale().min() + " to "
                    + q.scale().max() + ".");
        }
        String name = label == null ? null : label.strip();
        if (q.patientNamesItems() && (name == null || name.isEmpty())) {
            throw new InvalidInputException(item.key(), "Name the activity you rate.");
        }
        if (name != null && name.length() > MAX_LABEL) {
            throw new InvalidInputException(item.key(), "Name the activity in up to " + MAX_LABEL + " characters.");
        }
        answers.put(item.key(), new Answer(points, q.patientNamesItems() ? name : null));
    }

    /** Scores the answers by the measure's rule and closes the response; refused answers change nothing. */
    Score submit(Questionnaire q, Instant at, LocalDate today) {
        if (isSubmitted()) {
            throw new InvalidInputException("submit", "These answers were sent already.");
        }
        Score result = ScoreCalculator.score(q, answers.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue().points()))));
        submittedAt = at;
        answeredOn = today;
        score = BigDecimal.valueOf(result.value());
        answeredItems = result.answered();
        return result;
    }

    boolean isSubmitted() {
        return submittedAt != null;
    }

    Long getId() {
        return id;
    }

    Long getPatientId() {
        return patientId;
    }

    String getQuestionnaire() {
        return questionnaire;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Occasion getOccasion() {
        return occasion;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Integer getAnsweredItems() {
        return answeredItems;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    Double getScore() {
        return score == null ? null : score.doubleValue();
    }

    Map<String, Answer> getAnswers() {
        return Map.copyOf(answers);
    }
}
