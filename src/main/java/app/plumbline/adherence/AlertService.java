package app.plumbline.adherence;

import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.security.CurrentUser;
import app.plumbline.sessionlog.DailyFigures;
import app.plumbline.sessionlog.SessionLogService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's Needs attention list, by exception: no log on 5 or more scheduled days; pain
 * during 7 or more, or mean pain up 2 or more points against the first week; worse next morning
 * twice in a row; adherence below 50 % over 14 days; red flags raised in the portal.
 */
@Service
public class AlertService {

    static final int PAIN_ALERT = 7;
    static final double PAIN_RISE = 2.0;

    private final PatientService patients;
    private final PatientAccess access;
    private final EvidenceCollector collector;
    private final SessionLogService sessions;
    private final AlertSnoozeRepository snoozes;
    private final CurrentUser currentUser;
    private final Clock clock;

    AlertService(PatientService patients, PatientAccess access, EvidenceCollector collector,
            SessionLogService sessions, AlertSnoozeRepository snoozes, CurrentUser currentUser, Clock clock) {
        this.patients = patients;
        this.access = access;
        this.collector = collector;
        this.sessions = sessions;
        this.snoozes = snoozes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Alert> needsAttention() {
        List<PatientSummary> active = patients.clinicPatients().stream().filter(PatientSummary::active).toList();
        List<Long> ids = active.stream().map(PatientSummary::id).toList();
        Map<Long, List<String>> flags = sessions.openRedFlags(ids);
        List<AlertSnooze> snoozed = ids.isEmpty() ? List.of() : snoozes.findByPatientIdIn(ids);
        LocalDate today = LocalDate.now(clock);
        Thresholds t = Thresholds.DEFAULTS;
        List<Alert> alerts = new ArrayList<>();
        for (PatientSummary patient : active) {
            List<Alert.Reason> reasons = new ArrayList<>();
            collector.collect(patient.id()).ifPresent(c -> {
                Evidence e = c.evidence();
                if (e.scheduledDaysWithoutLog() >= t.checkInAfterDays()) {
                    reasons.add(new Alert.Reason(AlertKind.NO_LOGS, "No log on " + e.scheduledDaysWithoutLog()
                            + " scheduled days" + (e.latestLog() == null ? "" : " (last session " + e.latestLog() + ")")));
                }
                pain(c.days(), today).ifPresent(text -> reasons.add(new Alert.Reason(AlertKind.PAIN, text)));
                if (e.worseTwiceInARow()) {
                    reasons.add(new Alert.Reason(AlertKind.WORSE_MORNINGS,
                            "Worse next morning after the last two session days"));
                }
                if (e.programAdherence14() != null && e.programAdherence14() < t.simplifyBelowAdherence()) {
                    reasons.add(new Alert.Reason(AlertKind.LOW_ADHERENCE, "Adherence " + e.programAdherence14()
                            + " % over 14 days (below " + t.simplifyBelowAdherence() + " %)"));
                }
            });
            flags.getOrDefault(patient.id(), List.of()).stream().limit(2)
                    .forEach(f -> reasons.add(new Alert.Reason(AlertKind.RED_FLAG, "Red flag: " + f)));
            List<Alert.Reason> shown = reasons.stream()
                    .filter(r -> snoozed.stream().noneMatch(s -> s.hides(patient.id(), r.kind(), today))).toList();
            if (!shown.isEmpty()) {
                alerts.add(new Alert(patient.id(), patient.fullName(), shown));
            }
        }
        return alerts;
    }

    /** Hides one kind of alert for a patient for the given number of days (1 = acknowledged for today). */
    @Transactional
    public void snooze(Long patientId, AlertKind kind, int days) {
        access.forTherapist(patientId);
        if (days < 1 || days > 30) {
            throw new InvalidInputException("days", "Snooze for 1 to 30 days.");
        }
        LocalDate today = LocalDate.now(clock);
        snoozes.save(new AlertSnooze(patientId, kind, today.plusDays(days), currentUser.require().accountId(),
                clock.instant()));
    }

    /** Pain 7 or more in the last 7 days, or the last 7 days' mean 2 or more above the first week's. */
    static java.util.Optional<String> pain(List<DailyFigures.Day> days, LocalDate today) {
        var recent = days.stream().filter(d -> d.day().isAfter(today.minusDays(7))).toList();
        int max = recent.stream().filter(d -> d.maxPain() != null).mapToInt(DailyFigures.Day::maxPain).max().orElse(0);
        if (max >= PAIN_ALERT) {
            return java.util.Optional.of("Pain " + max + "/10 during an exercise in the last 7 days");
        }
        var logged = days.stream().filter(d -> d.meanPain() != null).toList();
        if (logged.isEmpty()) {
            return java.util.Optional.empty();
        }
        LocalDate first = logged.getFirst().day();
        OptionalDouble start = logged.stream().filter(d -> d.day().isBefore(first.plusDays(7)))
                .mapToDouble(DailyFigures.Day::meanPain).average();
        OptionalDouble now = recent.stream().filter(d -> d.meanPain() != null).mapToDouble(DailyFigures.Day::meanPain)
                .average();
        if (start.isPresent() && now.isPresent() && now.getAsDouble() - start.getAsDouble() >= PAIN_RISE
                && first.isBefore(today.minusDays(13))) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT,
                    "Mean pain up from %.1f to %.1f (first week against the last 7 days)", start.getAsDouble(),
                    now.getAsDouble()));
        }
        return java.util.Optional.empty();
    }
}
