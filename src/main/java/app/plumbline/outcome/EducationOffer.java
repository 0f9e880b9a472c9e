package app.plumbline.outcome;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The patient page offers pain education (the catalog's advice item) when the latest TSK-11 score
 * is at or above the clinic's chosen threshold. The threshold is the clinic's choice, not a
 * validated cut-off: no single TSK-11 cut-off is accepted. The default, 29, is the lower bound of
 * "moderate" fear of movement in one cross-sectional study of people with Achilles tendinopathy
 * (Chimenti et al. 2021, Front Pain Res 2:739051: minimal ≤ 22, low 23–28, moderate 29–35,
 * high ≥ 36).
 */
public record EducationOffer(double score, LocalDate on, int threshold, String adviceSlug, String adviceTitle) {

    public static final String MEASURE = "tsk-11";
    public static final String ADVICE = "pain-does-not-always-mean-harm";
    public static final int DEFAULT_THRESHOLD = 29;

    /** The offer for the latest TSK-11 result, if its score reaches the threshold. */
    static Optional<EducationOffer> of(MeasureResult tsk, int threshold, String adviceTitle) {
        if (tsk == null || !tsk.slug().equals(MEASURE) || tsk.latest().score() < threshold) {
            return Optional.empty();
        }
        return Optional.of(new EducationOffer(tsk.latest().score(), tsk.latest().on(), threshold, ADVICE,
                adviceTitle));
    }
}
