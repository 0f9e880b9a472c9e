package app.plumbline.program;

import app.plumbline.base.FieldProblem;
import app.plumbline.base.Text;
import app.plumbline.catalog.Dosage;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One exercise of a program with its dose and schedule: days per week, or fixed weekdays (which
 * then set the days per week), from a start date to an optional end date, and the therapist's note.
 */
@Embeddable
public record Prescription(Long exerciseId, @Embedded Dosage dosage,
        @Convert(converter = WeekdaysConverter.class) Set<DayOfWeek> weekdays, LocalDate startDate,
        LocalDate endDate, String therapistNote) {

    public static final int MAX_NOTE = 500;

    public Prescription {
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(weekdays));
        therapistNote = Text.strippedOrNull(therapistNote);
        if (dosage != null && !weekdays.isEmpty()) {
            dosage = dosage.withSchedule(dosage.timesPerDay(), weekdays.size());
        }
    }

    public Prescription withDosage(Dosage newDosage) {
        return new Prescription(exerciseId, newDosage, weekdays, startDate, endDate, therapistNote);
    }

    public Prescription withExercise(Long newExerciseId, Dosage newDosage) {
        return new Prescription(newExerciseId, newDosage, weekdays, startDate, endDate, therapistNote);
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (exerciseId == null) {
            problems.add(new FieldProblem("exercise", "Choose an exercise."));
        }
        if (dosage == null) {
            problems.add(new FieldProblem("sets", "Enter the dosage."));
        } else {
            problems.addAll(dosage.problems());
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            problems.add(new FieldProblem("endDate", "The end date must be on or after the start date."));
        }
        if (therapistNote != null && therapistNote.length() > MAX_NOTE) {
            problems.add(new FieldProblem("therapistNote", "Keep the note under " + MAX_NOTE + " characters."));
        }
        return problems;
    }

    /** "twice a day on Mon, Wed, Fri" or "once a day, 5 days a week", with dates if set. */
    public String scheduleInWords() {
        String when;
        if (weekdays.isEmpty()) {
            when = dosage.howOften();
        } else {
            String days = weekdays.stream().sorted()
                    .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
            String perDay = dosage.howOften().substring(0, dosage.howOften().indexOf(','));
            when = perDay + " on " + days;
        }
        if (startDate != null) {
            when += ", from " + startDate;
        }
        if (endDate != null) {
            when += " until " + endDate;
        }
        return when;
    }
}
