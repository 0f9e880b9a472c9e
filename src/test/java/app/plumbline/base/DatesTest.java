package app.plumbline.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final LocalDate THIRD_OF_DECEMBER = LocalDate.of(2026, 12, 3);

    @Test
    void aDayIsWrittenOneWay() {
        assertThat(Dates.day(THIRD_OF_DECEMBER)).isEqualTo("3 Dec 2026");
        assertThat(Dates.shortDay(THIRD_OF_DECEMBER)).isEqualTo("3 Dec");
        assertThat(Dates.weekday(THIRD_OF_DECEMBER)).isEqualTo("Thu");
        assertThat(Dates.heading(THIRD_OF_DECEMBER)).isEqualTo("Thursday 3 December");
    }

    @Test
    void aMomentIsWrittenInTheReadersZone() {
        Instant lateEvening = Instant.parse("2026-12-03T23:30:05Z");
        assertThat(Dates.moment(lateEvening, ZoneId.of("UTC"))).isEqualTo("3 Dec 2026, 23:30");
        assertThat(Dates.moment(lateEvening, ZoneId.of("Europe/Berlin"))).isEqualTo("4 Dec 2026, 00:30");
        assertThat(Dates.momentToSecond(lateEvening, ZoneId.of("Europe/Berlin"))).isEqualTo("4 Dec 2026, 00:30:05");
    }
}
