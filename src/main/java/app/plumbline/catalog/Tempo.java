package app.plumbline.catalog;

import app.plumbline.base.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Optional;

/**
 * How fast each rep goes (CERT item 15's detail): seconds to lift, to pause at the top (0 when not
 * given) and to lower.
 */
@Embeddable
public record Tempo(@Column(name = "tempo_lift") Integer lift, @Column(name = "tempo_pause") Integer pause,
        @Column(name = "tempo_lower") Integer lower) {

    public static final int MAX_SECONDS = 10;

    public Tempo {
        pause = pause == null ? 0 : pause;
    }

    public Optional<FieldProblem> problem() {
        String message = null;
        if (lift == null || lift < 1 || lift > MAX_SECONDS) {
            message = "Give the lift from 1 to " + MAX_SECONDS + " seconds.";
        } else if (lower == null || lower < 1 || lower > MAX_SECONDS) {
            message = "Give the lowering from 1 to " + MAX_SECONDS + " seconds.";
        } else if (pause < 0 || pause > MAX_SECONDS) {
            message = "Give the pause from 0 to " + MAX_SECONDS + " seconds.";
        }
        return Optional.ofNullable(message).map(m -> new FieldProblem("tempo", m));
    }

    /** "lift over 2 seconds, pause 1 second, lower over 3 seconds". */
    public String inPlainWords() {
        String words = "lift over " + seconds(lift);
        if (pause != null && pause > 0) {
            words += ", pause " + seconds(pause);
        }
        return words + ", lower over " + seconds(lower);
    }

    private static String seconds(Integer value) {
        return value + (value != null && value == 1 ? " second" : " seconds");
    }
}
