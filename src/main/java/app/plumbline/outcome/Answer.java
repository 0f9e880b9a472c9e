package app.plumbline.outcome;

import jakarta.persistence.Embeddable;

/** One item's answer; label is the activity the patient named (PSFS), otherwise null. */
@Embeddable
public record Answer(int points, String label) {
}
