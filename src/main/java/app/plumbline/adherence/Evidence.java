package app.plumbline.adherence;

import app.plumbline.sessionlog.Difficulty;
import java.time.LocalDate;
import java.util.List;

/** What the suggestion rules look at for one patient: per exercise and for the program. */
public record Evidence(List<ExerciseEvidence> exercises, Integer programAdherence14, int scheduledDaysWithoutLog,
        boolean worseTwiceInARow, LocalDate latestLog, boolean settled) {

    /** Evidence of a program that has settled (see {@link Thresholds#settled}). */
    public Evidence(List<ExerciseEvidence> exercises, Integer programAdherence14, int scheduledDaysWithoutLog,
            boolean worseTwiceInARow, LocalDate latestLog) {
        this(exercises, programAdherence14, scheduledDaysWithoutLog, worseTwiceInARow, latestLog, true);
    }

    /**
     * adherence14 in % (null when nothing was due); lastLogs newest first, at most five;
     * progressionAddsContraindication: the harder version lists a contraindication this one lacks.
     */
    public record ExerciseEvidence(Long exerciseId, String name, Integer adherence14, List<LogPoint> lastLogs,
            String progression, String regression, boolean progressionAddsContraindication) {

        public ExerciseEvidence(Long exerciseId, String name, Integer adherence14, List<LogPoint> lastLogs,
                String progression, String regression) {
            this(exerciseId, name, adherence14, lastLogs, progression, regression, false);
        }
    }

    public record LogPoint(LocalDate day, Integer pain, Difficulty difficulty) {
    }
}
