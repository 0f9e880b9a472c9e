package app.plumbline.patient;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The port through which {@link PatientDataExport} collects a patient's data for the one file a
 * patient or their therapist downloads (GDPR right of access and portability). Each module that
 * keeps something about a patient implements one section from its own repositories, so that the
 * patient module depends on none of them.
 * <p>
 * The export has checked access and written the audit row: a section only confirms the proof
 * ({@link PatientAccess#reader(PatientRef)}), reads, and changes nothing (reading the messages
 * here does not mark them read). It returns plain records, lists and maps with human-readable
 * names; dates as {@link java.time.LocalDate}, times as text made by {@link #time(Instant, ZoneId)};
 * never a secret such as a token or a push endpoint.
 */
public interface PatientDataSection {

    /** The section's name in the file, e.g. "messages"; {@link PatientDataExport#SECTIONS} orders them. */
    String name();

    /** The section's content for the patient, with times in the clinic's time zone. */
    Object data(PatientRef patient, ZoneId zone);

    /**
     * "2026-12-03T17:05:09+01:00": ISO 8601 to the second with the clinic's offset ("Z" in UTC);
     * null stays null. Fractions of a second would only be noise to a person reading the file.
     */
    static String time(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }
}
