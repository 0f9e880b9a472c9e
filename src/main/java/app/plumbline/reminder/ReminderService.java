package app.plumbline.reminder;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.ClinicCalendar;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.PatientNames;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientContacts;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.security.AccountPrincipal;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminder plans: the patient reads and saves their own, the therapist sees a one-line status,
 * other features read the chosen times, the admin reads the clinic's outbox. Plan changes are in
 * the audit trail.
 */
@Service
public class ReminderService {

    /** The patient's Reminders screen. */
    public static final String PATIENT_ROUTE = "reminders";
    /** Default time when the program gives none. */
    static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);
    static final List<LocalTime> DEFAULT_TIMES = List.of(LocalTime.of(8, 30), LocalTime.of(13, 0), DEFAULT_TIME);
    static final int OUTBOX_ROWS = 200;

    private final ReminderPlanRepository plans;
    private final OutboxRepository outbox;
    private final PatientAccess access;
    private final PatientContacts contacts;
    private final ProgramService programs;
    private final ClinicCalendar calendar;
    private final ReminderSettings settings;
    private final CurrentUser currentUser;
    private final PatientNames names;
    private final AuditLog audit;

    ReminderService(ReminderPlanRepository plans, OutboxRepository outbox, PatientAccess access,
            PatientContacts contacts, ProgramService programs, ClinicCalendar calendar, ReminderSettings settings,
            CurrentUser currentUser, PatientNames names, AuditLog audit) {
        this.plans = plans;
        this.outbox = outbox;
        this.access = access;
        this.contacts = contacts;
        this.programs = programs;
        this.calendar = calendar;
        this.settings = settings;
        this.currentUser = currentUser;
        this.names = names;
        this.audit = audit;
    }

    /** The signed-in patient's plan, or the defaults from the active program when none is saved. */
    @Transactional(readOnly = true)
    public ReminderForm myPlan() {
        PatientRef me = access.self("Opened Reminders");
        Set<DayOfWeek> programDays = programDays(me);
        Optional<ReminderPlan> plan = plans.findByPatientId(me.id());
        boolean notices = plan.map(ReminderPlan::isMessageNotices).orElse(true);
        Optional<ReminderPlan> chosen = plan.filter(ReminderPlan::remindersChosen);
        ReminderChoice choice = chosen.map(p -> new ReminderChoice(p.isEnabled(), p.days(), p.timeList(),
                        p.isEmail(), p.isPush(), notices))
                .orElseGet(() -> defaults(me, programDays, notices));
        return new ReminderForm(choice, chosen.isPresent(), contacts.of(me).email(),
                programDays, settings.rules().quietHours(), calendar.zone(me.clinicId()).getId());
    }

    /**
     * Saves the signed-in patient's choice. Refuses no day, no or too many times, a time in the
     * quiet hours, or no channel, naming the field; nothing is saved then.
     */
    @Transactional
    public void save(ReminderChoice choice) {
        PatientRef me = access.self();
        var problems = ReminderPlan.problems(choice, settings.rules());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ReminderPlan plan = plans.findByPatientId(me.id()).orElseGet(() -> new ReminderPlan(me.id(), me.clinicId()));
        plan.choose(choice, calendar.today(me.clinicId()));
        plans.save(plan);
        audit.write(me.id(), "reminder.plan", (choice.on() ? "on: " + describe(plan) : "off")
                + (choice.messageNotices() ? "" : "; no message emails"));
    }

    /** "Reminders: email, Mon Wed Fri 18:00", "Reminders off" or "Reminders not set up", for the therapist. */
    @Transactional(readOnly = true)
    public String statusLine(PatientRef patient) {
        PatientRef ref = access.therapist(patient);
        return plans.findByPatientId(ref.id()).filter(ReminderPlan::remindersChosen)
                .map(p -> p.isEnabled() ? "Reminders: " + describe(p) : "Reminders off")
                .orElse("Reminders not set up");
    }

    /** The patient's chosen days and times, for the patient or their therapist (the calendar feed). */
    @Transactional(readOnly = true)
    public Optional<ReminderTimes> times(PatientRef patient) {
        PatientRef ref = access.reader(patient);
        return plans.findByPatientId(ref.id()).map(p -> p.times(calendar.zone(ref.clinicId())));
    }

    /** The newest outbox rows of the admin's clinic, patients by name, times in the clinic's zone. */
    @Transactional(readOnly = true)
    public List<OutboxLine> outbox() {
        AccountPrincipal admin = currentUser.require(Role.ADMIN);
        ZoneId zone = calendar.zone(admin.clinicId());
        List<OutboxEntry> rows = outbox.findByClinicIdOrderByAttemptedAtDescIdDesc(admin.clinicId(),
                PageRequest.of(0, OUTBOX_ROWS));
        var patientNames = names.names(admin.clinicId(), rows.stream().map(OutboxEntry::getPatientId)
                .collect(Collectors.toSet()));
        return rows.stream().map(e -> new OutboxLine(e.getId(), patientNames.getOrDefault(e.getPatientId(), "?"),
                e.getChannel(), e.getKind(), e.getScheduledFor().atZone(zone), e.getStatus(), e.getReason(),
                e.getAttemptedAt().atZone(zone))).toList();
    }

    /** Whether email can go out at all, for the admin's notice. */
    public boolean mailServerConfigured() {
        currentUser.require(Role.ADMIN);
        return settings.mailServer();
    }

    private ReminderChoice defaults(PatientRef me, Set<DayOfWeek> programDays, boolean messageNotices) {
        int perDay = programs.active(me).stream().flatMap(p -> p.items().stream())
                .map(i -> i.prescription().dosage() == null ? null : i.prescription().dosage().timesPerDay())
                .filter(t -> t != null).mapToInt(Integer::intValue).max().orElse(1);
        List<LocalTime> times = switch (Math.min(Math.max(perDay, 1), ReminderPlan.MAX_TIMES)) {
            case 1 -> List.of(DEFAULT_TIME);
            case 2 -> List.of(DEFAULT_TIMES.get(0), DEFAULT_TIME);
            default -> DEFAULT_TIMES;
        };
        Set<DayOfWeek> days = programDays.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : programDays;
        return new ReminderChoice(true, days, times, true, false, messageNotices);
    }

    /**
     * The fixed weekdays of the active program (all of its exercises' together); empty when it
     * prescribes days per week instead (every day is offered and the patient chooses).
     */
    private Set<DayOfWeek> programDays(PatientRef me) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        programs.active(me).map(ActiveProgram::items).orElse(List.of())
                .forEach(i -> days.addAll(i.prescription().weekdays()));
        return days;
    }

    static String describe(ReminderPlan plan) {
        String channels = plan.channels().stream().map(c -> c.label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" and "));
        String days = plan.days().size() == 7 ? "every day" : plan.days().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(" "));
        String times = plan.timeList().stream().map(LocalTime::toString).collect(Collectors.joining(", "));
        return (channels.isEmpty() ? "no channel" : channels) + ", " + days + " " + times;
    }
}
