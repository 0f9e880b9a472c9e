package app.plumbline.sessionlog;

import app.plumbline.security.CurrentUser;
import app.plumbline.audit.AuditLog;
import app.plumbline.base.Dates;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions recorded after the fact by the patient's therapist, against the active version:
 * seeding the demo clinic's weeks of history now, paper logs typed back in later.
 */
@Service
public class PastSessions {

    private final SessionLogRepository sessions;
    private final SessionRecorder recorder;
    private final PatientAccess access;
    private final ProgramService programs;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    PastSessions(SessionLogRepository sessions, SessionRecorder recorder, PatientAccess access,
            ProgramService programs, AuditLog audit, CurrentUser currentUser) {
        this.sessions = sessions;
        this.recorder = recorder;
        this.access = access;
        this.programs = programs;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    /** A session as it happened on a past day, with its next-morning answer if there was one. */
    public record PastSession(LocalDate date, int hourOfDay, List<ExerciseLog> exercises, String note,
            NextMorning nextMorning) {
    }

    @Transactional(readOnly = true)
    public boolean hasAny(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        return sessions.existsByPatientId(patient.id());
    }

    @Transactional
    public void record(PatientRef patientRef, List<PastSession> past, boolean fromPaper) {
        PatientRef patient = access.therapist(patientRef);
        ActiveProgram program = programs.active(patient).orElseThrow(() ->
                new InvalidInputException("form", "This patient has no published program."));
        save(patient, program, past, fromPaper);
    }

    /**
     * A paper tracking grid typed in by the therapist: each day's ticks become sessions marked
     * PAPER that count in adherence like any other. A day already entered from paper is refused,
     * so the same sheet cannot be counted twice.
     */
    @Transactional
    public int recordPaper(PatientRef patientRef, List<PaperDay> days) {
        PatientRef patient = access.therapist(patientRef);
        ActiveProgram program = programs.active(patient).orElseThrow(() ->
                new InvalidInputException("form", "This patient has no published program."));
        List<FieldProblem> problems = new ArrayList<>();
        days.forEach(day -> problems.addAll(day.problems()));
        List<PaperDay> filled = days.stream().filter(d -> !d.isEmpty()).toList();
        if (filled.isEmpty() && problems.isEmpty()) {
            throw new InvalidInputException("form", "Tick at least one box before saving.");
        }
        java.util.Set<LocalDate> onPaper = paperDays(patient, filled);
        for (PaperDay day : filled) {
            if (onPaper.contains(day.day())) {
                problems.add(new FieldProblem("form", "A paper log for " + Dates.day(day.day())
                        + " is already entered; nothing was saved."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<PastSession> past = filled.stream().flatMap(d -> d.sessions(program).stream()).toList();
        save(patient, program, past, true);
        return past.size();
    }

    /** The days among those filled in that already have a paper log: one query over their range. */
    private java.util.Set<LocalDate> paperDays(PatientRef patient, List<PaperDay> filled) {
        if (filled.isEmpty()) {
            return java.util.Set.of();
        }
        LocalDate first = filled.stream().map(PaperDay::day).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = filled.stream().map(PaperDay::day).max(LocalDate::compareTo).orElseThrow();
        return sessions.findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(patient.id(), first, last)
                .stream().filter(s -> s.getSource() == SessionLog.Source.PAPER).map(SessionLog::getSessionDate)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** How many sessions each day between the dates already has, from the portal and from paper. */
    @Transactional(readOnly = true)
    public java.util.Map<LocalDate, LoggedDay> loggedDays(PatientRef patientRef, LocalDate from, LocalDate to) {
        PatientRef patient = access.therapist(patientRef);
        java.util.Map<LocalDate, LoggedDay> days = new java.util.TreeMap<>();
        for (SessionLog s : sessions.findByPatientIdAndSessionDateBetweenOrderBySessionDateAscIdAsc(patient.id(),
                from, to)) {
            boolean paper = s.getSource() == SessionLog.Source.PAPER;
            days.merge(s.getSessionDate(), new LoggedDay(paper ? 0 : 1, paper ? 1 : 0),
                    (a, b) -> new LoggedDay(a.portal() + b.portal(), a.paper() + b.paper()));
        }
        return days;
    }

    public record LoggedDay(int portal, int paper) {
    }

    private void save(PatientRef patient, ActiveProgram program, List<PastSession> past, boolean fromPaper) {
        ZoneId zone = currentUser.zone();
        List<SessionRecorder.Entry> entries = past.stream().map(p -> new SessionRecorder.Entry(p.date(),
                p.date().atTime(p.hourOfDay(), 0).atZone(zone).toInstant(), UUID.randomUUID().toString(),
                new SessionInput("past", p.exercises(), p.note()), p.nextMorning())).toList();
        recorder.record(patient, program, fromPaper ? SessionLog.Source.PAPER : SessionLog.Source.PORTAL,
                currentUser.today(), entries);
        audit.write(patient.id(), fromPaper ? "session.paper" : "session.import", past.size() + " sessions");
    }
}
