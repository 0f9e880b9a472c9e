package app.plumbline.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way dates are written on screens and sheets: "3 Dec 2026"; "3 Dec" where the year goes
 * without saying (chart axes, a week's days); "Wednesday 3 December" only for a heading that needs
 * the weekday; a moment as "3 Dec 2026, 14:05" in the reader's zone.
 */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT_TO_SECOND = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss",
            Locale.ENGLISH);

    private Dates() {
    }

    /** "3 Dec 2026, 14:05" in {@code zone}, for views that format many moments. */
    public static DateTimeFormatter moments(ZoneId zone) {
        return MOMENT.withZone(zone);
    }

    /** "3 Dec 2026, 14:05:09" in {@code zone}. */
    public static DateTimeFormatter momentsToSecond(ZoneId zone) {
        return MOMENT_TO_SECOND.withZone(zone);
    }

    /** "3 Dec 2026". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "3 Dec", for axes and lists within one year. */
    public static String shortDay(LocalDate date) {
        return SHORT.format(date);
    }

    /** "Wednesday 3 December", for a heading that needs the weekday. */
    public static String heading(LocalDate date) {
        return HEADING.format(date);
    }

    /** "Wed", for a column of a week. */
    public static String weekday(LocalDate date) {
        return WEEKDAY.format(date);
    }

    /** "3 Dec 2026, 14:05" in {@code zone}. */
    public static String moment(Instant at, ZoneId zone) {
        return moments(zone).format(at);
    }

    /** "3 Dec 2026, 14:05:09" in {@code zone}, where seconds tell events apart (the audit trail). */
    public static String momentToSecond(Instant at, ZoneId zone) {
        return momentsToSecond(zone).format(at);
    }
}
