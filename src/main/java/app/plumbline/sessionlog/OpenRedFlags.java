package app.plumbline.sessionlog;

import app.plumbline.base.Dates;
import java.time.LocalDate;

/** A patient's red flags that no therapist has acknowledged yet: the latest one, and how many there are. */
public record OpenRedFlags(String latest, LocalDate raisedOn, int count) {

    /** "Pain 8/10 during chin tuck (2026-11-20)", with "and 3 more" when there are more. */
    public String inWords() {
        return latest + " (" + Dates.day(raisedOn) + ")" + (count > 1 ? " and " + (count - 1) + " more" : "");
    }
}
