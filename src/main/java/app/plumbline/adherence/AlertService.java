package app.plumbline.adherence;

import app.plumbline.base.Dates;
import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import app.plumbline.sessionlog.OpenRedFlags;
import app.plumbline.sessionlog.RedFlagService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's Needs attention list, by exception, with the clinic's thresholds (defaults
 * shown): no log on 5 or more scheduled days; pain during 7 or more, or mean pain up 2 or more
 * points against the first week; worse next morning twice in a row; adherence below 50 % over
 * 14 days; red flags raised in the portal.
 */
@Service
public class AlertService {

    private final PatientService patients;
    private final PatientAccess access;
    private final StandingService standings;
    private final RedFlagService redFlags;
    private final AlertSnoozeRepository snoozes;
    private final CurrentUser currentUser;
    private final ThresholdSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    AlertService(PatientService patients, PatientAccess access, StandingService standings,
            RedFlagService redFlags, AlertSnoozeRepository snoozes, CurrentUser currentUser,
            ThresholdSettings settings, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.patients = patients;
        this.access = access;
        this.standings = standings;
        this.redFlags = redFlags;
        this.snoozes = snoozes;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Not in one transaction: the standings are read, and computed where stale, in transactions of
     * their own, which would otherwise take a second connection from the pool per request.
     */
    public List<Alert> needsAttention() {
        List<PatientSummary> clinic = patients.clinicPatients();
        return needsAttention(clinic, standings.standings(clinic.stream().map(PatientSummary::id).toList()));
    }

    /** The list from standings already at hand. */
    public List<Alert> needsAttention(List<PatientSummary> clinic, Map<Long, Standing> standing) {
        Long me = currentUser.require(Role.THERAPIST).accountId();
        List<PatientSummary> active = clinic.stream().filter(PatientSummary::active).toList();
        List<Long> ids = active.stream().map(PatientSummary::id).toList();
        Map<Long, OpenRedFlags> flags = redFlags.openRedFlags(ids);
        List<AlertSnooze> snoozed = ids.isEmpty() ? List.of() : snoozes.findByPatientIdIn(ids);
        LocalDate today = currentUser.today();
        Thresholds thresholds = settings.current();
        List<Alert> alerts = new ArrayList<>();
        for (PatientSummary patient : active) {
            List<Alert.Reason> reasons = new ArrayList<>();
            Standing s = standing.get(patient.id());
            if (s != null && s.hasProgram()) {
                reasons.addAll(reasons(s, thresholds, today, patient.activated()));
            }
            if (flags.containsKey(patient.id())) {
                reasons.add(new Alert.Reason(AlertKind.RED_FLAG, "Red flag: " + flags.get(patient.id()).inWords()));
            }
            List<Alert.Reason> shown = reasons.stream()
                    .filter(r -> snoozed.stream().noneMatch(z -> z.hides(patient.id(), r.kind(), today))).toList();
            if (!shown.isEmpty()) {
                alerts.add(new Alert(patient.id(), patient.fullName(), me.equals(patient.therapistId()), shown));
            }
        }
        return alerts;
    }

    /**
     * The reasons a patient with a program needs attention, each in words with its numbers. A
     * patient who has neither activated nor logged on paper is only flagged as not activated, once
     * checkInAfterDays days have passed since the first version was published; adherence and missed
     * days count only once the program has settled ({@link Thresholds#settled}).
     */
    static List<Alert.Reason> reasons(Standing s, Thresholds t, LocalDate today, boolean activated) {
        List<Alert.Reason> reasons = new ArrayList<>();
        boolean engaged = activated || s.lastSession() != null;
        if (!engaged) {
            if (s.firstPublished() != null && !today.isBefore(s.firstPublished().plusDays(t.checkInAfterDays()))) {
                reasons.add(new Alert.Reason(AlertKind.NOT_ACTIVATED, "Not activated "
                        + ChronoUnit.DAYS.between(s.firstPublished(), today)
                        + " days after the first program was published (" + s.firstPublished() + ")"));
            }
            return reasons;
        }
        boolean settled = t.settled(true, s.scheduledDaysSoFar());
        if (settled && s.scheduledDaysWithoutLog() >= t.checkInAfterDays()) {
            reasons.add(new Alert.Reason(AlertKind.NO_LOGS, "No log on " + s.scheduledDaysWithoutLog()
                    + " scheduled days" + (s.lastSession() == null ? "" : " (last session " + Dates.day(s.lastSession()) + ")")));
        }
        pain(s, t, today).ifPresent(text -> reasons.add(new Alert.Reason(AlertKind.PAIN, text)));
        if (s.worseTwiceInARow()) {
            reasons.add(new Alert.Reason(AlertKind.WORSE_MORNINGS, "Worse next morning after the last two session days"));
        }
        if (settled && s.adherence14() != null && s.adherence14() < t.simplifyBelowAdherence()) {
            reasons.add(new Alert.Reason(AlertKind.LOW_ADHERENCE, "Adherence " + s.adherence14()
                    + " % over 14 days (below " + t.simplifyBelowAdherence() + " %)"));
        }
        return reasons;
    }

    /**
     * Pain of alertPain (7) or more during an exercise in the last 7 days, or the last 7 days' mean
     * alertPainRise (2) or more points above the mean of the week from the first session, once
     * that week is at least two weeks back.
     */
    static Optional<String> pain(Standing s, Thresholds t, LocalDate today) {
        if (s.maxPain7() != null && s.maxPain7() >= t.alertPain()) {
            return Optional.of("Pain " + s.maxPain7() + "/10 during an exercise in the last 7 days");
        }
        if (s.meanPain7() != null && s.firstWeekPain() != null && s.firstSession().isBefore(today.minusDays(13))
                && s.meanPain7() - s.firstWeekPain() >= t.alertPainRise()) {
            return Optional.of(String.format(Locale.ROOT,
                    "Mean pain up from %.1f to %.1f (first week against the last 7 days)", s.firstWeekPain(),
                    s.meanPain7()));
        }
        return Optional.empty();
    }

    /** The therapist has seen the patient's red flags: they leave the list until a new one is raised. */
    @Transactional
    public int acknowledgeRedFlags(Long patientId) {
        return redFlags.acknowledgeRedFlags(access.forChange(patientId));
    }

    /** Hides one kind of alert for a patient for the given number of days (1 = acknowledged for today). */
    @Transactional
    public void snooze(Long patientId, AlertKind kind, int days) {
        PatientRef patient = access.forChange(patientId);
        if (days < 1 || days > 30) {
            throw new InvalidInputException("days", "Snooze for 1 to 30 days.");
        }
        LocalDate today = currentUser.today();
        snoozes.save(new AlertSnooze(patient.id(), kind, today.plusDays(days), currentUser.require().accountId(),
                clock.instant()));
        audit.write(patient.id(), "alert.snooze", kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " for " + days + (days == 1 ? " day" : " days"));
    }
}
