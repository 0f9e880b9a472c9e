package app.plumbline.sessionlog;

import app.plumbline.security.CurrentUser;
import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
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
    private final SessionRecorder recorder;
    private final CurrentUser currentUser;
    private final Clock clock;

    SessionLogService(SessionLogRepository sessions, RedFlagRepository redFlags, PatientAccess access,
            ProgramService programs, AuditLog audit, SessionRecorder recorder, CurrentUser currentUser, Clock clock) {
        this.recorder = recorder;
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
        PatientRef me = access.self("Opened Today");
        LocalDate today = currentUser.today();
        List<String> advice = advice(me);
        Optional<ActiveProgram> active = programs.active(me);
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
        ActiveProgram program = programs.active(me).orElseThrow(() ->
                new InvalidInputException("form", "Your therapist has not published a program yet."));
        LocalDate today = currentUser.today();
        SessionLog session = recorder.record(me, program, SessionLog.Source.PORTAL, today, List.of(
                new SessionRecorder.Entry(today, clock.instant(), input.submissionKey(), input, null))).getFirst();
        audit.write(me.id(), "session.create", session.getSessionDate().toString());
        return summary(session);
    }

    /** Changes a session within 24 hours of saving it; after that it is locked. */
    @Transactional
    public SessionSummary update(Long sessionId, SessionInput input) {
        PatientRef me = access.self();
        SessionLog session = editable(sessionId, me);
        ActiveProgram program = programs.active(me).orElseThrow();
        recorder.rerecord(session, program, input, clock.instant());
        audit.write(me.id(), "session.update", sessionId.toString());
        return summary(session);
    }

    @Transactional
    public void delete(Long sessionId) {
        PatientRef me = access.self();
        SessionLog session = editable(sessionId, me);
        recorder.remove(session);
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
        recorder.changed(me.id());
        audit.write(me.id(), "session.next-morning", sessionDay + " " + answer);
    }

    /** The signed-in patient, for portal screens that also ask other features about them. */
    public PatientRef me() {
        return access.self("Opened their program");
    }

    /** One page of the patient's sessions, newest first: a year of them is too much for one screen. */
    @Transactional(readOnly = true)
    public HistoryPage history(int page, int size) {
        PatientRef me = access.self("Opened their history");
        Slice<SessionLog> slice = sessions.findByPatientIdOrderBySessionDateDescIdDesc(me.id(),
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)));
        return new HistoryPage(slice.stream().map(this::summary).toList(), slice.hasNext());
    }

    @Transactional(readOnly = true)
    public SessionSummary session(Long sessionId) {
        PatientRef me = access.self("Opened a logged session");
        return summary(own(sessions.findById(sessionId).orElseThrow(
                () -> new AccessDeniedException("No such session")), me));
    }

    private List<String> advice(PatientRef me) {
        Instant week = clock.instant().minus(java.time.Duration.ofDays(7));
        return redFlags.findByPatientIdOrderByRaisedAtDesc(me.id()).stream()
                .filter(f -> f.isOpen() && f.getRaisedAt().isAfter(week))
                .map(RedFlag::getReason).distinct().toList();
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
