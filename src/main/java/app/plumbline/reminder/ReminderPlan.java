package app.plumbline.reminder;

import app.plumbline.base.FieldProblem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A patient's reminder plan: chosen weekdays, one to three clinic-local times, email on or off,
 * and the plan on or off; and whether an email says when the clinic has written. It keeps the long
 * random token of its one-click unsubscribe link. A plan may hold only the notices (reminders never
 * chosen): the reminder job makes one when a notice is due for a patient without a plan.
 */
@Entity
@Table(name = "reminder_plan")
class ReminderPlan {

    static final int MAX_TIMES = 3;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long patientId;
    private Long clinicId;
    private String weekdays;
    private String timesOfDay;
    private boolean email;
    @Column(name = "by_push")
    private boolean push;
    private boolean enabled;
    private boolean messageNotices = true;
    private boolean remindersChosen = true;
    private LocalDate activeFrom;
    private String unsubscribeToken;
    @Version
    private long version;

    protected ReminderPlan() {
    }

    ReminderPlan(Long patientId, Long clinicId) {
        this.patientId = patientId;
        this.clinicId = clinicId;
        this.unsubscribeToken = newToken();
    }

    /** No reminders chosen yet, message notices on: for a notice to a patient without a plan. */
    static ReminderPlan noticesOnly(Long patientId, Long clinicId, LocalDate today) {
        var plan = new ReminderPlan(patientId, clinicId);
        plan.weekdays = "";
        plan.timesOfDay = "";
        plan.activeFrom = today;
        plan.remindersChosen = false;
        return plan;
    }

    /** Whether the patient has chosen reminders here (on or off), not only the message notices. */
    boolean remindersChosen() {
        return remindersChosen;
    }

    /**
     * What is wrong with a choice, by field ("days", "times", "channels"); quiet hours refuse a
     * time because nothing would be sent then. Nothing is checked when reminders are off.
     */
    static List<FieldProblem> problems(ReminderChoice choice, NudgeRules rules) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!choice.on()) {
            return problems;
        }
        if (choice.days() == null || choice.days().isEmpty()) {
            problems.add(new FieldProblem("days", "Choose at least one day."));
        }
        List<LocalTime> times = choice.times() == null ? List.of() : choice.times();
        if (times.isEmpty() || times.stream().anyMatch(t -> t == null)) {
            problems.add(new FieldProblem("times", "Choose a time for each reminder."));
        } else if (times.size() > MAX_TIMES) {
            problems.add(new FieldProblem("times", "Choose at most " + MAX_TIMES + " times a day."));
        } else if (times.stream().distinct().count() < times.size()) {
            problems.add(new FieldProblem("times", "Each time can be chosen once."));
        } else if (times.stream().anyMatch(rules::quiet)) {
            problems.add(new FieldProblem("times", "No reminders are sent in the quiet hours, "
                    + rules.quietHours() + ": choose another time."));
        }
        if (!choice.email() && !choice.push()) {
            problems.add(new FieldProblem("channels", "Choose how to be reminded, or switch reminders off."));
        }
        return problems;
    }

    /** Applies a valid choice; switching on (again) counts missed days from today. */
    void choose(ReminderChoice choice, LocalDate today) {
        if (choice.on() && (!enabled || activeFrom == null)) {
            activeFrom = today;
        }
        enabled = choice.on();
        email = choice.email();
        push = choice.push();
        messageNotices = choice.messageNotices();
        remindersChosen = true;
        if (choice.days() != null && !choice.days().isEmpty()) {
            weekdays = choice.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        }
        if (choice.times() != null && !choice.times().isEmpty() && choice.times().stream().noneMatch(java.util.Objects::isNull)) {
            timesOfDay = choice.times().stream().sorted().distinct().map(LocalTime::toString)
                    .collect(Collectors.joining(","));
        }
        if (activeFrom == null) {
            activeFrom = today;
        }
        // Switched off before anything was chosen: nothing to remember yet.
        weekdays = weekdays == null ? "" : weekdays;
        timesOfDay = timesOfDay == null ? "" : timesOfDay;
    }

    /**
     * The one-click unsubscribe: no more email, neither reminders nor message notices; reminders
     * off when no other channel is left.
     */
    void unsubscribeEmail() {
        email = false;
        messageNotices = false;
        enabled = enabled && push;
    }

    /** For the demo clinic: as if chosen some days ago. */
    void datedBack(int days) {
        activeFrom = activeFrom.minusDays(days);
    }

    ReminderTimes times(ZoneId zone) {
        return new ReminderTimes(patientId, days(), timeList(), zone, enabled);
    }

    Set<DayOfWeek> days() {
        if (weekdays == null || weekdays.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    List<LocalTime> timeList() {
        if (timesOfDay == null || timesOfDay.isBlank()) {
            return List.of();
        }
        return Arrays.stream(timesOfDay.split(",")).map(LocalTime::parse).toList();
    }

    Set<Channel> channels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (email) {
            channels.add(Channel.EMAIL);
        }
        if (push) {
            channels.add(Channel.PUSH);
        }
        return channels;
    }

    /** How a notice of a new message goes: by email if wanted, by push with push reminders on. */
    Set<Channel> noticeChannels() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (messageNotices) {
            channels.add(Channel.EMAIL);
        }
        if (enabled && push) {
            channels.add(Channel.PUSH);
        }
        return channels;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Long getPatientId() {
        return patientId;
    }

    Long getClinicId() {
        return clinicId;
    }

    boolean isEmail() {
        return email;
    }

    boolean isMessageNotices() {
        return messageNotices;
    }

    boolean isPush() {
        return push;
    }

    boolean isEnabled() {
        return enabled;
    }

    LocalDate getActiveFrom() {
        return activeFrom;
    }

    String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    long getVersion() {
        return version;
    }
}
