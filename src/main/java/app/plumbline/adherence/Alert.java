package app.plumbline.adherence;

import java.util.List;

/**
 * A patient on the therapist's Needs attention list, with every reason in words and numbers;
 * mine when the signed-in therapist is the patient's own.
 */
public record Alert(Long patientId, String patientName, boolean mine, List<Reason> reasons) {

    public record Reason(AlertKind kind, String text) {
    }
}
