package app.plumbline.adherence;

import app.plumbline.program.Prescription;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adherence as defined in the README, computed from what was prescribed each day and what was logged.
 * <ul>
 * <li>Exercise level, per prescription and week: sets done ÷ sets prescribed, capped at 100 %.
 * Sets prescribed = scheduled days × sets × times per day.</li>
 * <li>Scheduled days of a prescription in a week: its fixed weekdays, or its days per week but
 * never more than the days it was in force that week (start and end dates, version changes).</li>
 * <li>Day level, per week: days with at least one session ÷ the week's scheduled days (the most any
 * prescription has), capped at 100 %.</li>
 * <li>Over a window: the same sums over the window's days.</li>
 * </ul>
 * Each day counts the version in force that day, so a program changed mid-week counts both.
 */
public final class AdherenceCalculator {

    /** A published version and the days it was the one to follow: from (inclusive) to until (exclusive, or open). */
    public record VersionSpan(int number, LocalDate from, LocalDate until, List<Prescription> prescriptions) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    /** Sets logged for one exercise on one day, each session's sets capped at its target. */
    public record SetsDone(LocalDate day, Long exerciseId, int sets) {
    }

    public record Ratio(int done, int expected) {

        public static final Ratio NONE = new Ratio(0, 0);

        /** 0–100, or null when nothing was expected. */
        public Integer percent() {
            return expected == 0 ? null : (int) Math.round(100.0 * Math.min(done, expected) / expected);
        }

        Ratio plus(Ratio other) {
            return new Ratio(done + other.done, expected + other.expected);
        }
    }

    public record Week(LocalDate monday, Ratio exercises, Ratio days, Map<Long, Ratio> perExercise) {
    }

    public record Result(List<Week> weeks, Ratio exercises, Ratio days, Map<Long, Ratio> perExercise) {
    }

    private AdherenceCalculator() {
    }

    public static Result compute(List<VersionSpan> versions, List<SetsDone> done, Set<LocalDate> sessionDays,
            LocalDate from, LocalDate to) {
        Map<LocalDate, Map<Long, Integer>> doneByDay = new HashMap<>();
        done.forEach(d -> doneByDay.computeIfAbsent(d.day(), k -> new HashMap<>()).merge(d.exerciseId(), d.sets(),
                Integer::sum));
        List<Week> weeks = new ArrayList<>();
        Ratio exercises = Ratio.NONE;
        Ratio days = Ratio.NONE;
        Map<Long, Ratio> perExercise = new LinkedHashMap<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            Week week = week(monday, versions, doneByDay, sessionDays, from, to);
            weeks.add(week);
            exercises = exercises.plus(week.exercises());
            days = days.plus(week.days());
            week.perExercise().forEach((id, ratio) -> perExercise.merge(id, ratio, Ratio::plus));
        }
        return new Result(weeks, exercises, days, perExercise);
    }

    private static Week week(LocalDate monday, List<VersionSpan> versions, Map<LocalDate, Map<Long, Integer>> doneByDay,
            Set<LocalDate> sessionDays, LocalDate from, LocalDate to) {
        Map<Long, Prescription> prescriptions = new LinkedHashMap<>();
        Map<Long, Set<LocalDate>> inForce = new LinkedHashMap<>();
        Set<LocalDate> programDays = new HashSet<>();
        for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            LocalDate current = day;
            versions.stream().filter(v -> v.covers(current)).findFirst().ifPresent(v -> {
                for (Prescription p : v.prescriptions()) {
                    if (inRange(p, current)) {
                        prescriptions.put(p.exerciseId(), p);
                        inForce.computeIfAbsent(p.exerciseId(), k -> new HashSet<>()).add(current);
                        programDays.add(current);
                    }
                }
            });
        }
        Map<Long, Ratio> perExercise = new LinkedHashMap<>();
        Ratio exercises = Ratio.NONE;
        int scheduledDays = 0;
        for (var entry : inForce.entrySet()) {
            Prescription p = prescriptions.get(entry.getKey());
            int scheduled = scheduledDays(p, entry.getValue());
            scheduledDays = Math.max(scheduledDays, scheduled);
            int expected = scheduled * orOne(p.dosage().sets()) * orOne(p.dosage().timesPerDay());
            int sets = entry.getValue().stream()
                    .mapToInt(day -> doneByDay.getOrDefault(day, Map.of()).getOrDefault(entry.getKey(), 0)).sum();
            Ratio ratio = new Ratio(Math.min(sets, expected), expected);
            perExercise.put(entry.getKey(), ratio);
            exercises = exercises.plus(ratio);
        }
        int withSession = (int) programDays.stream().filter(sessionDays::contains).count();
        Ratio days = new Ratio(Math.min(withSession, scheduledDays), scheduledDays);
        return new Week(monday, exercises, days, perExercise);
    }

    private static int scheduledDays(Prescription p, Set<LocalDate> inForce) {
        if (!p.weekdays().isEmpty()) {
            return (int) inForce.stream().filter(d -> p.weekdays().contains(d.getDayOfWeek())).count();
        }
        int perWeek = p.dosage().daysPerWeek() == null ? 7 : p.dosage().daysPerWeek();
        return Math.min(perWeek, inForce.size());
    }

    private static boolean inRange(Prescription p, LocalDate day) {
        return (p.startDate() == null || !day.isBefore(p.startDate()))
                && (p.endDate() == null || !day.isAfter(p.endDate()));
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }
}
