package app.plumbline.catalog;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;

/**
 * How much and how often (CERT): sets, reps and/or a hold per rep, rest, side, times per day and
 * days per week, an optional intensity (effort, band or kg) and tempo, plus a load or equipment
 * note. Reps are per side when the side is alternating or both. Checks itself and says itself in
 * plain words.
 */
@Embeddable
public record Dosage(Integer sets, Integer reps, Integer holdSeconds, Integer restSeconds,
        @Enumerated(EnumType.STRING) Side side, Integer timesPerDay, Integer daysPerWeek, String note,
        @Embedded Intensity intensity, @Embedded Tempo tempo) {

    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 600;
    public static final int MAX_REST_SECONDS = 600;
    public static final int MAX_TIMES_PER_DAY = 6;
    public static final int MAX_NOTE = 200;

    public Dosage {
        side = side == null ? Side.NONE : side;
        note = Text.strippedOrNull(note);
    }

    /** A dose with no intensity and no tempo. */
    public Dosage(Integer sets, Integer reps, Integer holdSeconds, Integer restSeconds, Side side,
            Integer timesPerDay, Integer daysPerWeek, String note) {
        this(sets, reps, holdSeconds, restSeconds, side, timesPerDay, daysPerWeek, note, null, null);
    }

    /** The same dose with other sets, reps and hold; intensity, tempo and the rest kept. */
    public Dosage withCounts(Integer newSets, Integer newReps, Integer newHoldSeconds) {
        return new Dosage(newSets, newReps, newHoldSeconds, restSeconds, side, timesPerDay, daysPerWeek, note,
                intensity, tempo);
    }

    /** The same dose on another schedule. */
    public Dosage withSchedule(Integer newTimesPerDay, Integer newDaysPerWeek) {
        return new Dosage(sets, reps, holdSeconds, restSeconds, side, newTimesPerDay, newDaysPerWeek, note,
                intensity, tempo);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        range(problems, "sets", sets, 1, MAX_SETS, true);
        range(problems, "reps", reps, 1, MAX_REPS, false);
        range(problems, "holdSeconds", holdSeconds, 1, MAX_HOLD_SECONDS, false);
        if (reps == null && holdSeconds == null) {
            problems.add(new FieldProblem("reps", "Give repetitions, a hold time, or both."));
        }
        range(problems, "restSeconds", restSeconds, 0, MAX_REST_SECONDS, false);
        range(problems, "timesPerDay", timesPerDay, 1, MAX_TIMES_PER_DAY, true);
        range(problems, "daysPerWeek", daysPerWeek, 1, 7, true);
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "Keep the note under " + MAX_NOTE + " characters."));
        }
        if (intensity != null) {
            intensity.problem().ifPresent(problems::add);
        }
        if (tempo != null) {
            tempo.problem().ifPresent(problems::add);
        }
        return problems;
    }

    public Dosage validated() {
        problems().stream().findFirst().ifPresent(p -> {
            throw p.toException();
        });
        return this;
    }

    /**
     * "3 sets of 8, each side, alternating sides; effort about 6 out of 10; lift over 2 seconds,
     * lower over 3 seconds": the amount, then how hard and how fast when given.
     */
    public String inPlainWords() {
        String amount = amountInWords();
        String howHard = intensityAndTempoInWords();
        if (howHard.isEmpty()) {
            return amount;
        }
        return amount.isEmpty() ? Character.toUpperCase(howHard.charAt(0)) + howHard.substring(1)
                : amount + "; " + howHard;
    }

    /** "effort about 6 out of 10; lift over 2 seconds, lower over 3 seconds", or "" when neither is set. */
    public String intensityAndTempoInWords() {
        List<String> parts = new ArrayList<>();
        if (intensity != null && !intensity.inPlainWords().isEmpty()) {
            parts.add(intensity.inPlainWords());
        }
        if (tempo != null) {
            parts.add(tempo.inPlainWords());
        }
        return String.join("; ", parts);
    }

    /** "3 sets of 10, hold 5 seconds, each side". */
    public String amountInWords() {
        int setCount = sets == null ? 1 : sets;
        StringBuilder words = new StringBuilder();
        if (reps != null) {
            words.append(setCount == 1 ? reps + (reps == 1 ? " time" : " times") : setCount + " sets of " + reps);
            if (holdSeconds != null) {
                words.append(", hold ").append(seconds(holdSeconds));
            }
        } else if (holdSeconds != null) {
            words.append(setCount == 1 ? "hold " + seconds(holdSeconds)
                    : setCount + " holds of " + seconds(holdSeconds));
        }
        if (side != Side.NONE) {
            words.append(", ").append(side.words());
        }
        if (setCount > 1 && restSeconds != null && restSeconds > 0) {
            words.append(", rest ").append(seconds(restSeconds)).append(" between sets");
        }
        String text = words.toString();
        return text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "twice a day, 5 days a week". */
    public String howOften() {
        int perDay = timesPerDay == null ? 1 : timesPerDay;
        String day = switch (perDay) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> perDay + " times a day";
        };
        int days = daysPerWeek == null ? 7 : daysPerWeek;
        return days == 7 ? day + ", every day" : day + ", " + days + (days == 1 ? " day" : " days") + " a week";
    }

    private static String seconds(int value) {
        if (value >= 60 && value % 60 == 0) {
            int minutes = value / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        return value + (value == 1 ? " second" : " seconds");
    }

    private static void range(List<FieldProblem> problems, String field, Integer value, int min, int max,
            boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter a number from " + min + " to " + max + "."));
            }
        } else if (value < min || value > max) {
            problems.add(new FieldProblem(field, "Use a number from " + min + " to " + max + "."));
        }
    }
}
