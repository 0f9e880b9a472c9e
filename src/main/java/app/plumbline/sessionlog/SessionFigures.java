package app.plumbline.sessionlog;

import static app.plumbline.sessionlog.NativeValues.id;
import static app.plumbline.sessionlog.NativeValues.localDate;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients' logs summed in the database for adherence and pain: one patient's days for their
 * therapist or themself, or a whole clinic's recent figures for the therapist's home.
 */
@Service
public class SessionFigures {

    private final SessionLogRepository sessions;
    private final PatientAccess access;

    SessionFigures(SessionLogRepository sessions, PatientAccess access) {
        this.sessions = sessions;
        this.access = access;
    }

    /** A patient's logs summed per day over a window, for their therapist or the patient themself. */
    @Transactional(readOnly = true)
    public DailyFigures dailyFigures(PatientRef patientRef, LocalDate from, LocalDate to) {
        PatientRef patient = access.reader(patientRef);
        List<DailyFigures.Sets> sets = sessions.setsPerDay(patient.id(), from, to).stream()
                .map(r -> new DailyFigures.Sets((LocalDate) r[0], (Long) r[1], ((Number) r[2]).intValue())).toList();
        List<DailyFigures.Day> days = sessions.daySummaries(patient.id(), from, to).stream()
                .map(r -> new DailyFigures.Day((LocalDate) r[0], ((Number) r[1]).intValue(),
                        r[2] == null ? null : ((Number) r[2]).doubleValue(),
                        r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue() == 1))
                .toList();
        return new DailyFigures(sets, days);
    }

    /** One exercise as logged on a day (skipped ones included), newest first. */
    public record LoggedExercise(LocalDate day, Long exerciseId, Integer pain, Difficulty difficulty, boolean skipped) {
    }

    @Transactional(readOnly = true)
    public List<LoggedExercise> exerciseLogsSince(PatientRef patientRef, LocalDate from) {
        PatientRef patient = access.reader(patientRef);
        return sessions.exerciseLogsSince(patient.id(), from).stream()
                .map(r -> new LoggedExercise((LocalDate) r[0], (Long) r[1], (Integer) r[2], (Difficulty) r[3],
                        r[4] != null)).toList();
    }

    /**
     * Recent figures of many patients of the therapist's clinic at once (others are left out), in a
     * handful of queries: sets and session days from {@code from}, pain from {@code painFrom}, both
     * up to {@code to}.
     */
    @Transactional(readOnly = true)
    public Map<Long, RecentFigures> recentFigures(List<Long> patientIds, LocalDate from, LocalDate painFrom,
            LocalDate to) {
        Set<Long> mine = access.ofMyClinic(new HashSet<>(patientIds));
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<DailyFigures.Sets>> sets = new HashMap<>();
        Map<Long, int[]> pain = new HashMap<>(); // sum, count, max
        for (Object[] r : sessions.exerciseDays(mine, from, to)) {
            Long patient = id(r[0]);
            LocalDate day = localDate(r[1]);
            int done = ((Number) r[3]).intValue();
            if (done > 0) {
                sets.computeIfAbsent(patient, k -> new ArrayList<>()).add(new DailyFigures.Sets(day, id(r[2]), done));
            }
            int count = ((Number) r[5]).intValue();
            if (count > 0 && !day.isBefore(painFrom)) {
                int[] p = pain.computeIfAbsent(patient, k -> new int[] {0, 0, 0});
                p[0] += ((Number) r[4]).intValue();
                p[1] += count;
                p[2] = Math.max(p[2], ((Number) r[6]).intValue());
            }
        }
        Map<Long, List<RecentFigures.SessionDay>> days = new HashMap<>();
        sessions.sessionDays(mine, from, to).forEach(r -> days.computeIfAbsent(id(r[0]),
                k -> new ArrayList<>()).add(new RecentFigures.SessionDay(localDate(r[1]),
                ((Number) r[2]).intValue() == 1)));
        Map<Long, RecentFigures> result = new HashMap<>();
        for (Long id : mine) {
            int[] p = pain.get(id);
            List<RecentFigures.SessionDay> sessionDays = days.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(RecentFigures.SessionDay::day)).toList();
            result.put(id, new RecentFigures(sets.getOrDefault(id, List.of()), sessionDays,
                    p == null ? null : p[2], p == null ? null : (double) p[0] / p[1]));
        }
        return result;
    }
}
