package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.List;

/** What the therapist reads of a patient's own words and warnings: recent session notes and red flags. */
public record PatientNotes(List<Note> notes, List<Flag> redFlags) {

    public record Note(LocalDate day, String text) {
    }

    public record Flag(LocalDate raisedOn, String reason, boolean open) {
    }

    public boolean anyOpenFlag() {
        return redFlags.stream().anyMatch(Flag::open);
    }

    public long openFlags() {
        return redFlags.stream().filter(Flag::open).count();
    }
}
