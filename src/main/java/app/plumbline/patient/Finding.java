package app.plumbline.patient;

import app.plumbline.base.Text;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One imbalance pattern seen in an assessment: which side and how marked (1 mild – 3 marked). */
@Embeddable
public record Finding(String patternSlug, @Enumerated(EnumType.STRING) FindingSide side, int severity,
        String note) {

    public Finding {
        note = Text.strippedOrNull(note);
    }

    public String severityLabel() {
        return switch (severity) {
            case 1 -> "mild";
            case 2 -> "moderate";
            default -> "marked";
        };
    }
}
