package app.plumbline.sessionlog;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The patient's own sessions: today's plan, saving a session, the next-morning check-in, history. */
@Service
public class SessionLogService {

    private static final int ASK_NEXT_MORNING_WITHIN_DAYS = 3;

    private final SessionLogRepository sessions;
    private final RedFlagRepository redFlags;
    private final PatientAccess access;
    private final ProgramService programs;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final LogSummary summary;
    private final Clock clock;

    SessionLogService(SessionLogRepository sessions, RedFlagRepository redFlags, PatientAccess access,
            ProgramService programs, AuditLog audit, CurrentUser currentUser, LogSummary summary, Clock clock) {
        this.summary = summary;
        this.sessions = sessions;
        this.redFlags = redFlags;
        this.access = access;
        this.programs = programs;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public TodayPlan today() {
        PatientRef me = access.self();
        LocalDate today = LocalDate.now(clock);
        List<String> advice = advice(me);
        Optional<ActiveProgram> active = programs.active(me.id());
        if (active.isEmpty()) {
            return new TodayPlan(today, null, 0, 0, List.of(), null, advice);
        }
        ActiveProgram program = active.get();
        List<SessionLog> week = sessions.findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(me.id(),
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
        Map<Long, Set<LocalDate>> daysDone = new HashMap<>();
        week.forEach(s -> s.getExercises().stream().filter(e -> e.setsCounted() > 0)
                .forEach(e -> daysDone.computeIfAbsent(e.exerciseId(), k -> new HashSet<>()).add(s.getSessionDate())));
        int sessionsToday = (int) week.stream().filter(s -> s.getSessionDate().equals(today)).count();
        DueToday.Plan plan = DueToday.plan(program.items().stream().map(ActiveProgram.Item::prescription).toList(),
                today, daysDone, sessionsToday);
        List<ActiveProgram.Item> due = program.items().stream().filter(i -> plan.due().contains(i.prescription()))
                .toList();
        LocalDate ask = sessions.findFirstByPatientIdAndSessionDateBeforeOrderBySessionDateDescIdDesc(me.id(), today)
                .filter(s -> s.getNextMorning() == null)
                .filter(s -> !s.getSessionDate().isBefore(today.minusDays(ASK_NEXT_MORNING_WITHIN_DAYS)))
                .map(SessionLog::getSessionDate).orElse(null);
        return new TodayPlan(today, program, plan.sessionNumber(), plan.sessionsPerDay(), due, ask, advice);
    }

    /** Saves a session once: the same submission key again returns the session already saved. */
    @Transactional
    public SessionSummary save(SessionInput input) {
        PatientRef me = access.self();
        Optional<SessionLog> earlier = input.submissionKey() == null ? Optional.empty()
                : sessions.findBySubmissionKey(input.submissionKey());
        if (earlier.isPresent()) {
            return summary(own(earlier.get(), me));
        }
        input.validate();
        ActiveProgram program = programs.active(me.id()).orElseThrow(() ->
                new InvalidInputException("form", "Your therapist has not published a program yet."));
        checkInProgram(input, program);
        Instant now = clock.instant();
        SessionLog session = new SessionLog(me.id(), program.versionId(), program.number(), LocalDate.now(clock),
                input.submissionKey(), SessionLog.Source.PORTAL, now);
        session.record(input.exercises(), input.note(), now);
        sessions.save(session);
        raiseFlagsForPain(session, program);
        summary.refresh(me.id());
        audit.write(me.id(), "session.create", session.getSessionDate().toString());
        return summary(session);
    }

    /** Changes a session within 24 hours of saving it; after that it is locked. */
    @Transactional
    public SessionSummary update(Long sessionId, SessionInput input) {
        PatientRef me = access.self();
        SessionLog session = editable(sessionId, me);
        input.validate();
        ActiveProgram program = programs.active(me.id()).orElseThrow();
        checkInProgram(input, program);
        session.record(input.exercises(), input.note(), clock.instant());
        raiseFlagsForPain(session, program);
        summary.refresh(me.id());
        audit.write(me.id(), "session.update", sessionId.toString());
        return summary(session);
    }

    @Transactional
    public void delete(Long sessionId) {
        PatientRef me = access.self();
        SessionLog session = editable(sessionId, me);
        sessions.delete(session);
        summary.refresh(me.id());
        audit.write(me.id(), "session.delete", sessionId.toString());
    }

    /**
     * The next-morning answer for the last session of a day. "Worse" two session days in a row
     * raises a red flag for the therapist and the patient sees advice to contact them.
     */
    @Transactional
    public void answerNextMorning(LocalDate sessionDay, NextMorning answer) {
        PatientRef me = access.self();
        List<SessionLog> onDay = sessions.findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(me.id(),
                sessionDay, sessionDay);
        if (onDay.isEmpty() || answer == null) {
            throw new InvalidInputException("nextMorning", "Choose better, same or worse.");
        }
        SessionLog last = onDay.getLast();
        last.answerNextMorning(answer, clock.instant());
        if (answer == NextMorning.WORSE) {
            sessions.findFirstByPatientIdAndSessionDateBeforeOrderBySessionDateDescIdDesc(me.id(), sessionDay)
                    .filter(previous -> previous.getNextMorning() == NextMorning.WORSE)
                    .ifPresent(previous -> redFlags.save(new RedFlag(me.id(), last.getId(), clock.instant(),
                            "Worse the next morning after two session days in a row")));
        }
        audit.write(me.id(), "session.next-morning", sessionDay + " " + answer);
    }

    /** A patient's logs summed per day over a window, for their therapist or the patient themself. */
    @Transactional(readOnly = true)
    public DailyFigures dailyFigures(Long patientId, LocalDate from, LocalDate to) {
        PatientRef patient = access.forReader(patientId);
        List<DailyFigures.Sets> sets = sessions.setsPerDay(patient.id(), from, to).stream()
                .map(r -> new DailyFigures.Sets((LocalDate) r[0], (Long) r[1], ((Number) r[2]).intValue())).toList();
        List<DailyFigures.Day> days = sessions.daySummaries(patient.id(), from, to).stream()
                .map(r -> new DailyFigures.Day((LocalDate) r[0], ((Number) r[1]).intValue(),
                        r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue() == 1))
                .toList();
        return new DailyFigures(sets, days);
    }

    /** One exercise as logged on a day (skipped ones included), newest first. */
    public record LoggedExercise(LocalDate day, Long exerciseId, Integer pain, Difficulty difficulty, boolean skipped) {
    }

    @Transactional(readOnly = true)
    public List<LoggedExercise> exerciseLogsSince(Long patientId, LocalDate from) {
        PatientRef patient = access.forReader(patientId);
        return sessions.exerciseLogsSince(patient.id(), from).stream()
                .map(r -> new LoggedExercise((LocalDate) r[0], (Long) r[1], (Integer) r[2], (Difficulty) r[3],
                        r[4] != null)).toList();
    }

    /** Open red flags of the given patients of the therapist's clinic. */
    @Transactional(readOnly = true)
    public Map<Long, OpenRedFlags> openRedFlags(List<Long> patientIds) {
        Set<Long> wanted = new HashSet<>(patientIds);
        Map<Long, OpenRedFlags> open = new HashMap<>();
        for (Object[] r : redFlags.clinicOpenFlags(access.myClinic())) {
            if (wanted.contains(id(r[0]))) {
                open.put(id(r[0]), new OpenRedFlags((String) r[1],
                        LocalDate.ofInstant(instant(r[2]), clock.getZone()), ((Number) r[3]).intValue()));
            }
        }
        return open;
    }

    /** The patient's latest session notes and red flags (ten of each), for their therapist. */
    @Transactional(readOnly = true)
    public PatientNotes notesAndFlags(Long patientId) {
        PatientRef patient = access.forTherapist(patientId);
        audit.read(patient.id(), "sessionlog.notes.read");
        return new PatientNotes(sessions.latestNotes(patient.id(), 10).stream()
                .map(r -> new PatientNotes.Note((LocalDate) r[0], (String) r[1])).toList(),
                redFlags.findTop10ByPatientIdOrderByRaisedAtDescIdDesc(patient.id()).stream()
                        .map(f -> new PatientNotes.Flag(LocalDate.ofInstant(f.getRaisedAt(), clock.getZone()),
                                f.getReason(), f.isOpen())).toList());
    }

    /** The therapist has seen the patient's open red flags; returns how many were acknowledged. */
    @Transactional
    public int acknowledgeRedFlags(Long patientId) {
        PatientRef patient = access.forTherapist(patientId);
        List<RedFlag> open = redFlags.findByPatientIdAndAcknowledgedAtIsNull(patient.id());
        Long therapist = currentUser.require(Role.THERAPIST).accountId();
        open.forEach(f -> f.acknowledge(therapist, clock.instant()));
        audit.write(patient.id(), "redflag.acknowledge", open.size() + " red flags");
        return open.size();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }

    /**
     * Recent figures of many patients of the therapist's clinic at once, in a handful of queries:
     * sets and session days from {@code from}, pain from {@code painFrom}, both up to {@code to}.
     */
    @Transactional(readOnly = true)
    public Map<Long, RecentFigures> recentFigures(List<Long> patientIds, LocalDate from, LocalDate painFrom,
            LocalDate to) {
        Long clinicId = access.myClinic();
        Set<Long> wanted = new HashSet<>(patientIds);
        Map<Long, List<DailyFigures.Sets>> sets = new HashMap<>();
        Map<Long, int[]> pain = new HashMap<>(); // sum, count, max
        for (Object[] r : sessions.clinicExerciseDays(clinicId, from, to)) {
            Long patient = id(r[0]);
            LocalDate day = localDate(r[1]);
            int done = ((Number) r[3]).intValue();
            if (done > 0) {
                sets.computeIfAbsent(patient, k -> new java.util.ArrayList<>())
                        .add(new DailyFigures.Sets(day, id(r[2]), done));
            }
            int count = ((Number) r[5]).intValue();
            if (count > 0 && !day.isBefore(painFrom)) {
                int[] p = pain.computeIfAbsent(patient, k -> new int[] {0, 0, 0});
                p[0] += ((Number) r[4]).intValue();
                p[1] += count;
                p[2] = Math.max(p[2], ((Number) r[6]).intValue());
            }
        }
        Map<Long, List<RecentFigures.SessionDay>> days = new HashMap<>();
        sessions.clinicSessionDays(clinicId, from, to).forEach(r -> days.computeIfAbsent(id(r[0]),
                k -> new java.util.ArrayList<>()).add(new RecentFigures.SessionDay(localDate(r[1]),
                ((Number) r[2]).intValue() == 1)));
        Map<Long, Object[]> summaries = new HashMap<>();
        sessions.clinicLogSummaries(clinicId).forEach(r -> summaries.put(id(r[0]), r));
        Map<Long, RecentFigures> result = new HashMap<>();
        for (Long id : access.ofMyClinic(wanted)) {
            int[] p = pain.get(id);
            Object[] m = summaries.get(id);
            int firstWeekCount = m == null ? 0 : ((Number) m[4]).intValue();
            List<RecentFigures.SessionDay> sessionDays = days.getOrDefault(id, List.of()).stream()
                    .sorted(java.util.Comparator.comparing(RecentFigures.SessionDay::day)).toList();
            result.put(id, new RecentFigures(sets.getOrDefault(id, List.of()), sessionDays,
                    p == null ? null : p[2], p == null ? null : (double) p[0] / p[1],
                    m == null ? null : localDate(m[1]),
                    firstWeekCount == 0 ? null : ((Number) m[3]).doubleValue() / firstWeekCount,
                    m == null ? null : localDate(m[2])));
        }
        return result;
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** The date of each patient's latest session, for the therapist's patient list. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> lastSessions(List<Long> patientIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        Set<Long> mine = patientIds.isEmpty() ? Set.of() : access.ofMyClinic(patientIds);
        if (!mine.isEmpty()) {
            sessions.lastSessionDates(mine).forEach(row -> last.put((Long) row[0], (LocalDate) row[1]));
        }
        return last;
    }

    /** The signed-in patient's id, for screens that also ask other features about them. */
    public Long me() {
        return access.self().id();
    }

    @Transactional(readOnly = true)
    public List<SessionSummary> history() {
        PatientRef me = access.self();
        return sessions.findByPatientIdOrderBySessionDateDescIdDesc(me.id()).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public SessionSummary session(Long sessionId) {
        PatientRef me = access.self();
        return summary(own(sessions.findById(sessionId).orElseThrow(
                () -> new AccessDeniedException("No such session")), me));
    }

    private List<String> advice(PatientRef me) {
        Instant week = clock.instant().minus(java.time.Duration.ofDays(7));
        return redFlags.findByPatientIdOrderByRaisedAtDesc(me.id()).stream()
                .filter(f -> f.isOpen() && f.getRaisedAt().isAfter(week))
                .map(RedFlag::getReason).distinct().toList();
    }

    private void raiseFlagsForPain(SessionLog session, ActiveProgram program) {
        redFlags.saveAll(RedFlag.forPain(session, clock.instant(), exerciseNames(program)));
    }

    static Map<Long, String> exerciseNames(ActiveProgram program) {
        return program.items().stream().filter(i -> i.exercise() != null)
                .collect(Collectors.toMap(i -> i.prescription().exerciseId(), i -> i.exercise().name(), (a, b) -> a));
    }

    private static void checkInProgram(SessionInput input, ActiveProgram program) {
        Set<Long> prescribed = program.items().stream().map(i -> i.prescription().exerciseId())
                .collect(Collectors.toSet());
        if (!input.exercises().stream().allMatch(e -> prescribed.contains(e.exerciseId()))) {
            throw new InvalidInputException("form", "Your program has changed. Please reload the page.");
        }
    }

    private SessionLog editable(Long sessionId, PatientRef me) {
        SessionLog session = own(sessions.findById(sessionId).orElseThrow(
                () -> new AccessDeniedException("No such session")), me);
        if (!session.editableAt(clock.instant())) {
            throw new InvalidInputException("form", "This log is more than 24 hours old and can no longer be changed.");
        }
        return session;
    }

    private SessionLog own(SessionLog session, PatientRef me) {
        if (!session.getPatientId().equals(me.id())) {
            audit.denied(session.getPatientId(), "session.access", "Patients see only their own sessions");
            throw new AccessDeniedException("Patients see only their own sessions");
        }
        return session;
    }

    private SessionSummary summary(SessionLog s) {
        return new SessionSummary(s.getId(), s.getSessionDate(), s.getVersionNumber(), s.getNote(),
                s.getNextMorning(), s.editableAt(clock.instant()), s.getSource() == SessionLog.Source.PAPER,
                s.getExercises());
    }
}
