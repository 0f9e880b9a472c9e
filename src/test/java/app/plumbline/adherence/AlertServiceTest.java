package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.patient.PatientService;
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
    @Autowired
    StandingService standings;
    @Autowired
    AdherenceService adherence;
    @Autowired
    PatientService patients;
    @Autowired
    java.time.Clock clock;
    @Autowired
    app.plumbline.testing.PainfulSession painfulSession;
    @Autowired
    app.plumbline.testing.DemoPatients demoPatients;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Map<String, List<AlertKind>> byName() {
        return alerts.needsAttention().stream().collect(Collectors.toMap(Alert::patientName,
                a -> a.reasons().stream().map(Alert.Reason::kind).toList(), (a, b) -> a));
    }

    /** What each demo story raises, before any snooze another test may have added. */
    private Map<String, List<AlertKind>> raised() {
        var clinic = patients.clinicPatients();
        var standing = standings.standings(clinic.stream().map(p -> p.id()).toList());
        return clinic.stream().collect(Collectors.toMap(p -> p.fullName(), p -> AlertService.reasons(
                standing.get(p.id()), Thresholds.DEFAULTS, java.time.LocalDate.now(clock), p.activated()).stream()
                .map(Alert.Reason::kind).toList(), (a, b) -> a));
    }

    @Test
    void theDemoStoriesNeedTheAttentionTheyShould() {
        signIn.as("anna.berg");
        var raised = raised();
        assertThat(raised.get("James O'Connor")).contains(AlertKind.NO_LOGS, AlertKind.LOW_ADHERENCE);
        assertThat(raised.get("Sofia Rossi")).contains(AlertKind.PAIN);
        assertThat(raised.get("Maria Lopez")).doesNotContain(AlertKind.NO_LOGS, AlertKind.PAIN, AlertKind.LOW_ADHERENCE);
        assertThat(raised.get("Helen Wright")).contains(AlertKind.LOW_ADHERENCE);
    }

    @Test
    void aSnoozedAlertStaysHiddenForItsDays() {
        signIn.as("anna.berg");
        Alert james = alerts.needsAttention().stream().filter(a -> a.patientName().equals("James O'Connor"))
                .findFirst().orElseThrow();
        assertThat(james.mine()).isTrue();
        alerts.snooze(james.patientId(), AlertKind.LOW_ADHERENCE, 7);

        assertThat(byName().get("James O'Connor")).doesNotContain(AlertKind.LOW_ADHERENCE).contains(AlertKind.NO_LOGS);
        signIn.as("tom.ruiz");
        assertThat(byName().get("James O'Connor")).doesNotContain(AlertKind.LOW_ADHERENCE);
        assertThat(alerts.needsAttention()).filteredOn(a -> a.patientName().equals("James O'Connor"))
                .extracting(Alert::mine).containsExactly(false);
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> alerts.snooze(james.patientId(), AlertKind.NO_LOGS, 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.needsAttention()).extracting(Alert::patientName).doesNotContain("James O'Connor");
    }

    @Test
    void acknowledgedRedFlagsLeaveTheList() {
        signIn.as("anna.berg");
        Long sofiasId = demoPatients.id("anna.berg", "Sofia Rossi");
        painfulSession.raiseRedFlag(sofiasId);
        // The per-patient summary follows every write: her first session is now the painful one.
        Standing standing = standings.standings(List.of(sofiasId)).get(sofiasId);
        assertThat(standing.firstSession()).isEqualTo(java.time.LocalDate.now(clock).minusDays(150));
        assertThat(standing.firstWeekPain()).isEqualTo(9.0);
        Alert sofia = alerts.needsAttention().stream().filter(a -> a.patientName().equals("Sofia Rossi"))
                .findFirst().orElseThrow();
        assertThat(sofia.reasons()).filteredOn(r -> r.kind() == AlertKind.RED_FLAG).singleElement()
                .extracting(Alert.Reason::text).asString().startsWith("Red flag: Pain ");

        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> alerts.acknowledgeRedFlags(sofia.patientId())).isInstanceOf(AccessDeniedException.class);
        signIn.as("anna.berg");
        assertThat(alerts.acknowledgeRedFlags(sofia.patientId())).isPositive();

        assertThat(byName().get("Sofia Rossi")).doesNotContain(AlertKind.RED_FLAG).contains(AlertKind.PAIN);
        assertThat(alerts.acknowledgeRedFlags(sofia.patientId())).isZero();
    }

    @Test
    void theHomesBatchFiguresAgreeWithEachPatientsOwnReport() {
        signIn.as("anna.berg");
        var clinic = patients.clinicPatients();
        Map<Long, Standing> standing = standings.standings(clinic.stream().map(p -> p.id()).toList());
        assertThat(standing).hasSize(clinic.size());
        for (var patient : clinic) {
            assertThat(standing.get(patient.id()).adherence14()).as(patient.fullName())
                    .isEqualTo(adherence.report(signIn.ref(patient.id()), 2).exercisePercent14());
        }
        signIn.as(otherClinic.therapist());
        assertThat(standings.standings(clinic.stream().map(p -> p.id()).toList())).isEmpty();
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static Standing standing(Integer adherence, int missed, boolean worseTwice, Integer maxPain7,
            Double meanPain7, LocalDate firstSession, Double firstWeekPain) {
        return new Standing(1L, true, adherence, missed, TODAY.minusDays(1), worseTwice, maxPain7, meanPain7,
                firstSession, firstWeekPain, TODAY.minusDays(40), 30);
    }

    private static List<AlertKind> kinds(Standing s) {
        return kinds(s, true);
    }

    private static List<AlertKind> kinds(Standing s, boolean activated) {
        return AlertService.reasons(s, Thresholds.DEFAULTS, TODAY, activated).stream().map(Alert.Reason::kind)
                .toList();
    }

    /** A program first published {@code published} days ago with {@code scheduled} scheduled days so far. */
    private static Standing fresh(int published, int scheduled, int missed, LocalDate lastSession) {
        return new Standing(1L, true, 0, missed, lastSession, false, null, null, lastSession, null,
                TODAY.minusDays(published), scheduled);
    }

    @Test
    void noAdherenceOrMissedDaysAlertBeforeTheProgramHasSettled() {
        // Settled at K = 3 scheduled days (the default); adherence 0 % and 5 missed days count only then.
        assertThat(kinds(fresh(2, 2, 5, null))).isEmpty();
        assertThat(kinds(fresh(3, 3, 5, null))).containsExactly(AlertKind.NO_LOGS, AlertKind.LOW_ADHERENCE);
    }

    @Test
    void notActivatedIsItsOwnAlertAndSilencesTheOthers() {
        // Not activated and nothing logged: only "not activated", from H = 5 days after the first version.
        assertThat(kinds(fresh(4, 4, 4, null), false)).isEmpty();
        assertThat(kinds(fresh(5, 5, 5, null), false)).containsExactly(AlertKind.NOT_ACTIVATED);
        assertThat(AlertService.reasons(fresh(5, 5, 5, null), Thresholds.DEFAULTS, TODAY, false).getFirst().text())
                .isEqualTo("Not activated 5 days after the first program was published (" + TODAY.minusDays(5) + ")");
        // A patient on paper who never activated is judged on the logs typed in.
        assertThat(kinds(fresh(20, 12, 5, TODAY.minusDays(8)), false))
                .containsExactly(AlertKind.NO_LOGS, AlertKind.LOW_ADHERENCE);
    }

    @Test
    void painAlertsAtSevenOrARiseOfTwoPoints() {
        LocalDate longAgo = TODAY.minusDays(30);
        assertThat(AlertService.pain(standing(90, 0, false, 6, 3.0, longAgo, 2.0), Thresholds.DEFAULTS, TODAY)).isEmpty();
        assertThat(AlertService.pain(standing(90, 0, false, 7, 4.0, longAgo, 4.0), Thresholds.DEFAULTS, TODAY)).get().asString()
                .startsWith("Pain 7/10");
        assertThat(AlertService.pain(standing(90, 0, false, 5, 4.0, longAgo, 2.0), Thresholds.DEFAULTS, TODAY)).get().asString()
                .contains("from 2.0 to 4.0");
        assertThat(AlertService.pain(standing(90, 0, false, 5, 3.9, longAgo, 2.0), Thresholds.DEFAULTS, TODAY)).isEmpty();
        // A rise is only measured once the first week lies two weeks back.
        assertThat(AlertService.pain(standing(90, 0, false, 5, 4.0, TODAY.minusDays(13), 2.0), Thresholds.DEFAULTS, TODAY)).isEmpty();
        assertThat(AlertService.pain(standing(90, 0, false, 5, 4.0, TODAY.minusDays(14), 2.0), Thresholds.DEFAULTS, TODAY)).isPresent();
    }

    @Test
    void eachAlertAtItsBoundary() {
        LocalDate longAgo = TODAY.minusDays(30);
        assertThat(kinds(standing(50, 4, false, 2, 2.0, longAgo, 2.0))).isEmpty();
        assertThat(kinds(standing(50, 5, false, 2, 2.0, longAgo, 2.0))).containsExactly(AlertKind.NO_LOGS);
        assertThat(kinds(standing(49, 0, false, 2, 2.0, longAgo, 2.0))).containsExactly(AlertKind.LOW_ADHERENCE);
        assertThat(kinds(standing(null, 0, false, null, null, null, null))).isEmpty();
        assertThat(kinds(standing(90, 0, true, 2, 2.0, longAgo, 2.0))).containsExactly(AlertKind.WORSE_MORNINGS);
    }
}
