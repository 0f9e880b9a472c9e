package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.sessionlog.DailyFigures;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class AlertServiceTest {

    @Autowired
    AlertService alerts;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Map<String, List<AlertKind>> byName() {
        return alerts.needsAttention().stream().collect(Collectors.toMap(Alert::patientName,
                a -> a.reasons().stream().map(Alert.Reason::kind).toList(), (a, b) -> a));
    }

    @Test
    void theDemoStoriesNeedTheAttentionTheyShould() {
        signIn.as("anna.berg");
        var anna = byName();
        assertThat(anna.get("James O'Connor")).contains(AlertKind.NO_LOGS, AlertKind.LOW_ADHERENCE);
        assertThat(anna.get("Sofia Rossi")).contains(AlertKind.PAIN);
        assertThat(anna.getOrDefault("Maria Lopez", java.util.List.of()))
                .doesNotContain(AlertKind.NO_LOGS, AlertKind.PAIN, AlertKind.LOW_ADHERENCE);

        signIn.as("tom.ruiz");
        assertThat(byName().get("Helen Wright")).contains(AlertKind.LOW_ADHERENCE);
    }

    @Test
    void aSnoozedAlertStaysHiddenForItsDays() {
        signIn.as("anna.berg");
        Alert sofia = alerts.needsAttention().stream().filter(a -> a.patientName().equals("Sofia Rossi"))
                .findFirst().orElseThrow();
        assertThat(sofia.reasons()).extracting(Alert.Reason::kind).contains(AlertKind.RED_FLAG);
        alerts.snooze(sofia.patientId(), AlertKind.RED_FLAG, 7);

        assertThat(byName().get("Sofia Rossi")).doesNotContain(AlertKind.RED_FLAG).contains(AlertKind.PAIN);
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> alerts.snooze(sofia.patientId(), AlertKind.PAIN, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.needsAttention()).extracting(Alert::patientName).doesNotContain("Sofia Rossi");
    }

    @Test
    void painAlertsAtSevenOrARiseOfTwoPoints() {
        LocalDate today = LocalDate.of(2026, 11, 21);
        var calm = List.of(day(today.minusDays(30), 2.0, 3), day(today.minusDays(1), 3.0, 6));
        assertThat(AlertService.pain(calm, today)).isEmpty();
        assertThat(AlertService.pain(List.of(day(today.minusDays(2), 4.0, 7)), today)).get().asString()
                .startsWith("Pain 7/10");
        var rising = List.of(day(today.minusDays(30), 2.0, 3), day(today.minusDays(1), 4.0, 5));
        assertThat(AlertService.pain(rising, today)).get().asString().contains("from 2.0 to 4.0");
        var almost = List.of(day(today.minusDays(30), 2.0, 3), day(today.minusDays(1), 3.9, 5));
        assertThat(AlertService.pain(almost, today)).isEmpty();
    }

    private static DailyFigures.Day day(LocalDate day, double mean, int max) {
        return new DailyFigures.Day(day, 1, mean, max, false);
    }
}
