package app.plumbline.adherence;

import app.plumbline.adherence.AdherenceCalculator.SetsDone;
import app.plumbline.adherence.AdherenceCalculator.VersionSpan;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientAccess;
import app.plumbline.security.CurrentUser;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramService;
import app.plumbline.program.ProgramService.PublishedVersion;
import app.plumbline.sessionlog.DailyFigures;
import app.plumbline.sessionlog.SessionFigures;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adherence and pain of one patient, for their therapist's overview or the patient's own progress. */
@Service
public class AdherenceService {

    static final int WINDOW_DAYS = 14;
    static final int HEAT_DAYS = 28;

    private final PatientAccess access;
    private final ProgramService programs;
    private final SessionFigures sessions;
    private final CatalogService catalog;
    private final CurrentUser currentUser;

    AdherenceService(PatientAccess access, ProgramService programs, SessionFigures sessions,
            CatalogService catalog, CurrentUser currentUser) {
        this.access = access;
        this.programs = programs;
        this.sessions = sessions;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public AdherenceReport report(PatientRef patientRef, int weeks) {
        PatientRef patient = access.reader(patientRef);
        LocalDate today = currentUser.today();
        LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        List<PublishedVersion> history = programs.history(patient);
        List<VersionSpan> spans = spans(history);
        DailyFigures figures = sessions.dailyFigures(patient, firstMonday.minusDays(HEAT_DAYS), today);
        List<SetsDone> done = figures.sets().stream()
                .map(s -> new SetsDone(s.day(), s.exerciseId(), s.sets())).toList();
        Set<LocalDate> sessionDays = figures.days().stream().filter(d -> d.sessions() > 0)
                .map(DailyFigures.Day::day).collect(Collectors.toSet());

        // The 14-day figure ends yesterday: today is not over, so it cannot count as missed.
        var window = AdherenceCalculator.compute(spans, done, sessionDays, today.minusDays(WINDOW_DAYS),
                today.minusDays(1));
        var byWeek = AdherenceCalculator.compute(spans, done, sessionDays, firstMonday, today);
        List<AdherenceReport.WeekRow> rows = byWeek.weeks().stream().map(w -> {
            var inWeek = figures.days().stream().filter(d -> !d.day().isBefore(w.monday())
                    && d.day().isBefore(w.monday().plusWeeks(1))).toList();
            Double pain = inWeek.stream().filter(d -> d.meanPain() != null).mapToDouble(DailyFigures.Day::meanPain)
                    .average().stream().boxed().findFirst().orElse(null);
            int worse = (int) inWeek.stream().filter(DailyFigures.Day::worseNextMorning).count();
            return new AdherenceReport.WeekRow(w.monday(), w.exercises().percent(), w.days().percent(), pain, worse);
        }).toList();
        return new AdherenceReport(today, window.exercises().percent(), window.days().percent(), rows,
                heat(history, spans, figures, today), today.minusDays(HEAT_DAYS - 1L).datesUntil(today.plusDays(1)).toList());
    }

    /** The patient's own, encouraging view: streak, days this week against last week, weekly bars. */
    @Transactional(readOnly = true)
    public Progress myProgress() {
        PatientRef me = access.self("Opened My progress");
        LocalDate today = currentUser.today();
        AdherenceReport report = report(me, 6);
        Set<LocalDate> days = sessions.dailyFigures(me, today.minusDays(120), today).days().stream()
                .filter(d -> d.sessions() > 0).map(DailyFigures.Day::day).collect(Collectors.toSet());
        LocalDate cursor = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(cursor)) {
            streak++;
            cursor = cursor.minusDays(1);
        }
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int thisWeek = (int) days.stream().filter(d -> !d.isBefore(monday)).count();
        int lastWeek = (int) days.stream().filter(d -> !d.isBefore(monday.minusWeeks(1)) && d.isBefore(monday)).count();
        return new Progress(streak, thisWeek, lastWeek, report.weeks());
    }

    public record Progress(int streakDays, int daysThisWeek, int daysLastWeek, List<AdherenceReport.WeekRow> weeks) {
    }

    /** The calculator's figures over a window, for the suggestion rules. */
    AdherenceCalculator.Result window(PatientRef patient, LocalDate from, LocalDate to) {
        return window(patient, spans(programs.history(patient)), from, to);
    }

    AdherenceCalculator.Result window(PatientRef patient, List<VersionSpan> spans, LocalDate from, LocalDate to) {
        DailyFigures figures = sessions.dailyFigures(patient, from, to);
        return AdherenceCalculator.compute(spans, figures.sets().stream()
                        .map(s -> new SetsDone(s.day(), s.exerciseId(), s.sets())).toList(),
                figures.days().stream().filter(d -> d.sessions() > 0).map(DailyFigures.Day::day)
                        .collect(Collectors.toSet()), from, to);
    }

    /** A version counts from the day it was published; the first from its earliest start date if earlier. */
    static List<VersionSpan> spans(List<PublishedVersion> history) {
        List<VersionSpan> spans = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            PublishedVersion v = history.get(i);
            LocalDate from = v.publishedOn();
            if (i == 0) {
                from = v.prescriptions().stream().map(Prescription::startDate).filter(java.util.Objects::nonNull)
                        .min(LocalDate::compareTo).filter(start -> start.isBefore(v.publishedOn()))
                        .orElse(v.publishedOn());
            }
            LocalDate until = i + 1 < history.size() ? history.get(i + 1).publishedOn() : null;
            spans.add(new VersionSpan(v.number(), from, until, v.prescriptions()));
        }
        return spans;
    }

    private List<AdherenceReport.HeatRow> heat(List<PublishedVersion> history, List<VersionSpan> spans,
            DailyFigures figures, LocalDate today) {
        if (history.isEmpty()) {
            return List.of();
        }
        List<Prescription> current = history.getLast().prescriptions();
        Map<Long, String> names = catalog.cards(current.stream().map(Prescription::exerciseId).toList()).values()
                .stream().collect(Collectors.toMap(ExerciseCard::id, ExerciseCard::name));
        Map<LocalDate, Map<Long, Integer>> sets = new HashMap<>();
        figures.sets().forEach(s -> sets.computeIfAbsent(s.day(), k -> new HashMap<>()).put(s.exerciseId(), s.sets()));
        List<AdherenceReport.HeatRow> rows = new ArrayList<>();
        for (Prescription p : current) {
            List<Double> cells = new ArrayList<>();
            for (LocalDate day = today.minusDays(HEAT_DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
                LocalDate d = day;
                var inForce = spans.stream().filter(s -> s.covers(d)).findFirst()
                        .flatMap(s -> s.prescriptions().stream().filter(x -> x.exerciseId().equals(p.exerciseId()))
                                .findFirst())
                        .filter(x -> (x.startDate() == null || !d.isBefore(x.startDate()))
                                && (x.endDate() == null || !d.isAfter(x.endDate())));
                cells.add(inForce.map(x -> {
                    int perDay = (x.dosage().sets() == null ? 1 : x.dosage().sets())
                            * (x.dosage().timesPerDay() == null ? 1 : x.dosage().timesPerDay());
                    return Math.min(1.0, sets.getOrDefault(d, Map.of()).getOrDefault(p.exerciseId(), 0) / (double) perDay);
                }).orElse(null));
            }
            rows.add(new AdherenceReport.HeatRow(p.exerciseId(), names.getOrDefault(p.exerciseId(), "Exercise"), cells));
        }
        return rows;
    }
}
