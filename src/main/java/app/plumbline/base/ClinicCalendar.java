package app.plumbline.base;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * A clinic's day is the clinic's, not the server's: "today", schedules, 24-hour windows and the
 * times shown follow the clinic's time zone (the server's until the admin chooses one). Stored
 * instants stay UTC.
 */
@Component
public class ClinicCalendar {

    private final Clock clock;
    private final ClinicZones zones;

    ClinicCalendar(Clock clock, ClinicZones zones) {
        this.clock = clock;
        this.zones = zones;
    }

    /** The server's own zone, which a clinic has until it chooses another. */
    public ZoneId serverZone() {
        return clock.getZone();
    }

    public ZoneId zone(Long clinicId) {
        return clinicId == null ? serverZone() : zones.chosenZone(clinicId).orElse(serverZone());
    }

    public LocalDate today(Long clinicId) {
        return LocalDate.now(clock.withZone(zone(clinicId)));
    }
}
