package app.plumbline.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** What each kind of reminder says: hello, the time, the links; the nudges without blame. */
class ReminderMessageTest {

    private static ReminderMessage message(ReminderKind kind) {
        return new ReminderMessage(7L, "maria@example.org", "Maria", kind,
                ZonedDateTime.of(2026, 11, 18, 19, 0, 0, 0, ZoneId.of("Europe/Berlin")), "https://physio.example",
                "https://physio.example/reminders/unsubscribe/abc");
    }

    @Test
    void eachKindGreetsByFirstNameGivesTheClinicTimeAndBothLinks() {
        for (ReminderKind kind : ReminderKind.values()) {
            String text = message(kind).text();
            assertThat(text).as(kind.name()).startsWith("Hello Maria,\n\n")
                    .contains("Open the portal: https://physio.example\n")
                    .contains("To stop these emails, open: https://physio.example/reminders/unsubscribe/abc");
        }
        assertThat(message(ReminderKind.SCHEDULED).text()).contains("It is 19:00, the time you chose");
        assertThat(message(ReminderKind.NOT_LOGGED).text()).contains("It is 19:00 and nothing is logged for today yet");
        assertThat(message(ReminderKind.MISSED).text()).contains("We will not remind you again until you log a session");
        assertThat(message(ReminderKind.MISSED).subject()).isEqualTo("We missed you");
    }
}
