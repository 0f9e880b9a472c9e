package app.plumbline.sessionlog;

import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one place that records a session, whether the patient logs it in the portal, changes it
 * within a day, or the therapist types it in from paper: one validation with one set of field
 * names, then the same steps (record against the active version, save, raise red flags for severe
 * pain, tell listeners what the logs now add up to). The caller has checked access and writes the action's audit row.
 */
@Component
class SessionRecorder {

    private final SessionLogRepository sessions;
    private final RedFlagRepository redFlags;
    private final ApplicationEventPublisher events;

    SessionRecorder(SessionLogRepository sessions, RedFlagRepository redFlags, ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.redFlags = redFlags;
        this.events = events;
    }

    /** What one session is: its day (never after today), when it was done, what was logged. */
    record Entry(LocalDate day, Instant at, String submissionKey, SessionInput input, NextMorning nextMorning) {
    }

    /** Records new sessions of the patient's active program, all or none, and refreshes the summary once. */
    List<SessionLog> record(PatientRef patient, ActiveProgram program, SessionLog.Source source, LocalDate today,
            List<Entry> entries) {
        Map<Long, String> names = exerciseNames(program);
        List<SessionLog> saved = entries.stream().map(entry -> {
            if (entry.day().isAfter(today)) {
                throw new InvalidInputException("date", "A session cannot be in the future.");
            }
            check(entry.input(), source, program);
            SessionLog session = new SessionLog(patient.id(), program.versionId(), program.number(), entry.day(),
                    entry.submissionKey(), source, entry.at());
            session.record(entry.input().exercises(), entry.input().note(), entry.at());
            if (entry.nextMorning() != null) {
                session.answerNextMorning(entry.nextMorning(), entry.at().plusSeconds(15 * 3600));
            }
            sessions.save(session);
            redFlags.saveAll(RedFlag.forPain(session, entry.at(), names));
            return session;
        }).toList();
        changed(patient.id());
        return saved;
    }

    /** Records a changed session in place (the caller checked it may still be changed). */
    void rerecord(SessionLog session, ActiveProgram program, SessionInput input, Instant at) {
        check(input, session.getSource(), program);
        session.record(input.exercises(), input.note(), at);
        redFlags.saveAll(RedFlag.forPain(session, at, exerciseNames(program)));
        changed(session.getPatientId());
    }

    /** A session removed by its patient: its red flags stay, without the session. */
    void remove(SessionLog session) {
        redFlags.detachFromSession(session.getId());
        sessions.delete(session);
        changed(session.getPatientId());
    }

    /**
     * Tells the listeners what the patient's logs now add up to (flushed first, so the queries see
     * them); also called when a next-morning answer changed a session.
     */
    void changed(Long patientId) {
        sessions.flush();
        Object[] span = sessions.span(patientId).getFirst();
        LocalDate first = span[0] == null ? null : NativeValues.localDate(span[0]);
        LocalDate last = span[1] == null ? null : NativeValues.localDate(span[1]);
        Object[] pain = first == null ? new Object[] {0, 0}
                : sessions.painBefore(patientId, first.plusDays(7)).getFirst();
        events.publishEvent(new SessionLogChanged(patientId, first, last,
                pain[0] == null ? 0 : ((Number) pain[0]).intValue(), ((Number) pain[1]).intValue()));
    }

    private static void check(SessionInput input, SessionLog.Source source, ActiveProgram program) {
        input.validate(source);
        Set<Long> prescribed = program.items().stream().map(i -> i.prescription().exerciseId())
                .collect(Collectors.toSet());
        if (!input.exercises().stream().allMatch(e -> prescribed.contains(e.exerciseId()))) {
            throw new InvalidInputException("form", "The program has changed. Please reload the page.");
        }
    }

    static Map<Long, String> exerciseNames(ActiveProgram program) {
        return program.items().stream().filter(i -> i.exercise() != null)
                .collect(Collectors.toMap(i -> i.prescription().exerciseId(), i -> i.exercise().name(), (a, b) -> a));
    }
}
