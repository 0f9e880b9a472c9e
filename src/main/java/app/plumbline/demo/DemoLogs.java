package app.plumbline.demo;

import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.NextMorning;
import app.plumbline.sessionlog.PastSessions.PastSession;
import app.plumbline.sessionlog.SkipReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Eight weeks of sessions that tell each demo patient's story, from the program's start to
 * yesterday. Which days have a session is spread evenly at the story's rate, so every week (and
 * every calendar week, whatever day the demo is seeded on) tells the same story; pain, difficulty
 * and the next morning come from seeded randomness, so every demo clinic looks the same.
 */
final class DemoLogs {

    private DemoLogs() {
    }

    static List<PastSession> story(DemoPeople.DemoPatient patient, ActiveProgram program, LocalDate start,
            LocalDate today) {
        Random random = new Random(patient.username().hashCode());
        List<PastSession> sessions = new ArrayList<>();
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, today);
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            double progress = day / (double) days;
            Story story = Story.of(patient.story());
            if (!story.logsOn(day, days)) {
                continue;
            }
            int perDay = story == Story.TWICE_A_DAY && random.nextDouble() < 0.85 ? 2 : 1;
            for (int session = 0; session < perDay; session++) {
                List<ExerciseLog> logs = program.items().stream()
                        .map(item -> story.log(item, progress, random)).toList();
                NextMorning morning = session == perDay - 1 ? story.nextMorning(progress, random) : null;
                sessions.add(new PastSession(date, session == 0 ? 8 : 18, logs, null, morning));
            }
        }
        return sessions;
    }

    enum Story {
        DOING_WELL, STOPPED, PAIN_RISING, TOO_EASY, HALF, TWICE_A_DAY;

        static Story of(String words) {
            return switch (words) {
                case "doing well" -> DOING_WELL;
                case "stopped logging two weeks ago" -> STOPPED;
                case "pain rising" -> PAIN_RISING;
                case "finds everything too easy" -> TOO_EASY;
                case "does only half" -> HALF;
                default -> TWICE_A_DAY;
            };
        }

        boolean logsOn(int day, int days) {
            return switch (this) {
                case STOPPED -> day < days - 14 && spread(day, 0.75);
                case HALF -> spread(day, 0.5);
                case DOING_WELL -> spread(day, 0.93);
                default -> spread(day, 0.85);
            };
        }

        /** True on a share of the days, spread evenly: any 7 days hold 7 × rate of them, give or take one. */
        private static boolean spread(int day, double rate) {
            return Math.floor((day + 1) * rate) > Math.floor(day * rate);
        }

        ExerciseLog log(ActiveProgram.Item item, double progress, Random random) {
            var d = item.prescription().dosage();
            Long id = item.prescription().exerciseId();
            if (this == HALF && random.nextBoolean()) {
                return new ExerciseLog(id, d.sets(), d.reps(), d.holdSeconds(), null, null, null,
                        random.nextBoolean() ? SkipReason.NO_TIME : SkipReason.FORGOT, null, null);
            }
            int pain = switch (this) {
                case PAIN_RISING -> clamp((int) Math.round(2 + progress * 6 + random.nextGaussian() * 0.8));
                case TOO_EASY -> random.nextDouble() < 0.7 ? 0 : 1;
                case DOING_WELL -> clamp((int) Math.round(3 - progress * 2 + random.nextGaussian() * 0.5));
                default -> clamp((int) Math.round(2 + random.nextGaussian() * 0.7));
            };
            Difficulty difficulty = switch (this) {
                case TOO_EASY -> random.nextDouble() < 0.8 ? Difficulty.TOO_EASY : Difficulty.ABOUT_RIGHT;
                case PAIN_RISING -> progress > 0.6 && random.nextDouble() < 0.5 ? Difficulty.TOO_HARD
                        : Difficulty.ABOUT_RIGHT;
                default -> Difficulty.ABOUT_RIGHT;
            };
            return new ExerciseLog(id, d.sets(), d.reps(), d.holdSeconds(), d.sets(), d.reps(), d.holdSeconds(),
                    null, pain, difficulty);
        }

        NextMorning nextMorning(double progress, Random random) {
            if (this == PAIN_RISING && progress > 0.75) {
                return random.nextDouble() < 0.7 ? NextMorning.WORSE : NextMorning.SAME;
            }
            double r = random.nextDouble();
            return r < 0.15 ? NextMorning.BETTER : r < 0.95 ? NextMorning.SAME : NextMorning.WORSE;
        }

        private static int clamp(int pain) {
            return Math.max(0, Math.min(10, pain));
        }
    }
}
