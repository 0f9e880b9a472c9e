package app.plumbline.testing;

import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.PastSessions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Records a session with pain 9/10 long before the demo story (so no window the other tests look
 * at changes), which raises a fresh red flag; for tests that acknowledge red flags.
 */
@Component
public class PainfulSession {

    private final PastSessions pastSessions;
    private final ProgramService programs;
    private final Clock clock;

    private final SignIn signIn;

    PainfulSession(PastSessions pastSessions, ProgramService programs, Clock clock, SignIn signIn) {
        this.signIn = signIn;
        this.pastSessions = pastSessions;
        this.programs = programs;
        this.clock = clock;
    }

    /** Signed in as the patient's therapist. */
    public void raiseRedFlag(Long patientId) {
        var item = programs.active(signIn.ref(patientId)).orElseThrow().items().getFirst().prescription();
        var d = item.dosage();
        pastSessions.record(signIn.ref(patientId), List.of(new PastSessions.PastSession(LocalDate.now(clock).minusDays(150), 9,
                List.of(new ExerciseLog(item.exerciseId(), d.sets(), d.reps(), d.holdSeconds(), d.sets(), d.reps(),
                        d.holdSeconds(), null, 9, Difficulty.TOO_HARD)), null, null)), false);
    }
}
