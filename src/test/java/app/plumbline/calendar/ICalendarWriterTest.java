package app.plumbline.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    @Test
    void writesUtcTimesAnAlarmAndCrlfLines() {
        var session = new CalendarSession(LocalDate.of(2026, 3, 29), 2, Instant.parse("2026-03-29T16:00:00Z"));

        String text = ICalendarWriter.write(List.of(session), "0123456789abcdef", "https://clinic.example/",
                ZoneId.of("Europe/Berlin"), Instant.parse("2026-03-20T09:15:00Z"));

        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nPRODID:-//Plumbline//Calendar feed//EN\r\n")
                .contains("\r\nX-WR-CALNAME:Home exercises\r\n")
                .contains("\r\nX-WR-TIMEZONE:Europe/Berlin\r\n")
                .contains("\r\nUID:2026-03-29-2-0123456789abcdef@plumbline\r\n")
                .contains("\r\nDTSTAMP:20260320T091500Z\r\n")
                .contains("\r\nDTSTART:20260329T160000Z\r\n")
                .contains("\r\nDTEND:20260329T163000Z\r\n")
                .contains("\r\nSUMMARY:Home exercises\r\n")
                .contains("\r\nDESCRIPTION:https://clinic.example/\r\n")
                .contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n")
                .contains("\r\nTRIGGER;RELATED=START:-PT10M\r\n")
                .doesNotContain("METHOD:").doesNotContain("biweekly");
        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }
}
