package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One measure's scores for one patient, oldest first, and the change of the latest against the
 * baseline (the first score), or null with fewer than two scores.
 */
public record MeasureResult(String slug, String shortName, String name, Questionnaire.Kind kind, String unit,
        Questionnaire.Better better, double rangeMin, double rangeMax, List<Point> points, OutcomeChange change) {

    public record Point(LocalDate on, double score, Occasion occasion) {
    }

    public Point latest() {
        return points.getLast();
    }

    static MeasureResult of(Questionnaire q, List<Point> points) {
        OutcomeChange change = points.size() < 2 ? null
                : OutcomeChange.of(q, points.getFirst().score(), points.getLast().score());
        return new MeasureResult(q.slug(), q.shortName(), q.name(), q.kind(), q.scoring().unit(), q.scoring().better(),
                q.scoring().rangeMin(), q.scoring().rangeMax(), List.copyOf(points), change);
    }
}
