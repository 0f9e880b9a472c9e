package app.plumbline.sessionlog;

import app.plumbline.base.FieldProblem;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.Prescription;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One day of a paper tracking grid as the therapist types it in: how many sessions of each
 * exercise were ticked, and the pain written for the day (or nothing). Paper says nothing about
 * difficulty, so that stays empty.
 */
public record PaperDay(LocalDate day, Map<Long, Integer> sessionsDone, Integer pain) {

    public PaperDay {
        sessionsDone = sessionsDone == null ? Map.of() : Map.copyOf(sessionsDone);
    }

    public boolean isEmpty() {
        return sessionsDone.values().stream().allMatch(n -> n == null || n <= 0);
    }

    /** The name of the day's pain field, where its problems are shown. */
    public static String painField(LocalDate day) {
        return "pain-" + day;
    }

    /**
     * What is wrong with the day as typed, at its pain field: pain outside the scale, or pain
     * written on a day with nothing ticked, which would otherwise be lost without a word.
     */
    public List<FieldProblem> problems() {
        if (pain != null && isEmpty()) {
            return List.of(new FieldProblem(painField(day),
                    "No session ticked: tick one or clear the pain."));
        }
        return PainScale.check(painField(day), pain, false).stream().toList();
    }

    /**
     * The day's sessions: session n holds every exercise ticked at least n times, each done in
     * full (all prescribed sets), at 9:00, 13:00, 17:00 ... so they sort in order.
     */
    List<PastSessions.PastSession> sessions(ActiveProgram program) {
        int most = sessionsDone.values().stream().mapToInt(n -> n == null ? 0 : n).max().orElse(0);
        List<PastSessions.PastSession> sessions = new ArrayList<>();
        for (int n = 1; n <= most; n++) {
            List<ExerciseLog> logs = new ArrayList<>();
            for (ActiveProgram.Item item : program.items()) {
                Prescription p = item.prescription();
                Integer done = sessionsDone.get(p.exerciseId());
                if (done != null && done >= n) {
                    int sets = p.dosage().sets() == null ? 1 : p.dosage().sets();
                    logs.add(new ExerciseLog(p.exerciseId(), sets, p.dosage().reps(), p.dosage().holdSeconds(),
                            sets, null, null, null, pain, null));
                }
            }
            sessions.add(new PastSessions.PastSession(day, Math.min(9 + 4 * (n - 1), 23), logs,
                    "Entered from a paper log", null));
        }
        return sessions;
    }
}
