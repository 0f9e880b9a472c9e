package app.plumbline.adherence;

import java.util.List;

/** A patient on the therapist's Needs attention list, with every reason in words and numbers. */
public record Alert(Long patientId, String patientName, List<Reason> reasons) {

    public record Reason(AlertKind kind, String text) {
    }
}
