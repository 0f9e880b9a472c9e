package app.plumbline.calendar;

/** The patient's own feed address, the secret part of it only the patient is given. */
public record FeedAddress(String token) {

    public static final String PATH_PREFIX = "calendar/";

    /** "calendar/{token}.ics", from the app's root. */
    public String path() {
        return PATH_PREFIX + token + ".ics";
    }

    @Override
    public String toString() {
        return "FeedAddress[hidden]";
    }
}
