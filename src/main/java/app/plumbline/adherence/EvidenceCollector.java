package app.plumbline.adherence;

import app.plumbline.catalog.ExerciseCard;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.DailyFigures;
import app.plumbline.sessionlog.SessionLogService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Gathers what the suggestion rules and the alerts look at, for a patient the caller may reach. */
@Component
class EvidenceCollector {

    private static final int LAST_LOGS = 5;

    private final ProgramService programs;
    private final SessionLogService sessions;
    private final AdherenceService adherence;
    private final Clock clock;

    EvidenceCollector(ProgramService programs, SessionLogService sessions, AdherenceService adherence, Clock clock) {
        this.programs = programs;
        this.sessions = sessions;
        this.adherence = adherence;
        this.clock = clock;
    }

    record Collected(ActiveProgram program, ProgramContent content, Evidence evidence, Map<Long, ExerciseCard> cards,
            Map<Long, Integer> adherence, List<DailyFigures.Day> days) {
    }

    Optional<Collected> collect(Long patientId) {
        Optional<ActiveProgram> active = programs.active(patientId);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        ActiveProgram program = active.get();
        LocalDate today = LocalDate.now(clock);
        var spans = AdherenceService.spans(programs.history(patientId));
        var window = adherence.window(patientId, spans, today.minusDays(AdherenceService.WINDOW_DAYS - 1L), today);
        List<DailyFigures.Day> days = sessions.dailyFigures(patientId, today.minusDays(60), today).days();
        List<DailyFigures.Day> sessionDays = days.stream().filter(d -> d.sessions() > 0)
                .sorted(Comparator.comparing(DailyFigures.Day::day).reversed()).toList();
        LocalDate latest = sessionDays.isEmpty() ? null : sessionDays.getFirst().day();
        boolean worseTwice = sessionDays.size() >= 2 && sessionDays.get(0).worseNextMorning()
                && sessionDays.get(1).worseNextMorning();
        LocalDate since = latest == null ? today.minusDays(60) : latest.plusDays(1);
        int missed = since.isAfter(today.minusDays(1)) ? 0
                : adherence.window(patientId, spans, since, today.minusDays(1)).days().expected();
        var logs = sessions.exerciseLogsSince(patientId, today.minusDays(42)).stream()
                .filter(l -> !l.skipped()).collect(Collectors.groupingBy(SessionLogService.LoggedExercise::exerciseId));
        Map<Long, Integer> perExercise = window.perExercise().entrySet().stream()
                .filter(e -> e.getValue().percent() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().percent()));
        Map<Long, ExerciseCard> cards = program.items().stream().filter(i -> i.exercise() != null)
                .collect(Collectors.toMap(i -> i.prescription().exerciseId(), ActiveProgram.Item::exercise, (a, b) -> a));
        List<Evidence.ExerciseEvidence> exercises = program.items().stream().map(i -> {
            Long id = i.prescription().exerciseId();
            ExerciseCard card = cards.get(id);
            return new Evidence.ExerciseEvidence(id, card == null ? "Exercise" : card.name(), perExercise.get(id),
                    logs.getOrDefault(id, List.of()).stream().limit(LAST_LOGS)
                            .map(l -> new Evidence.LogPoint(l.day(), l.pain(), l.difficulty())).toList(),
                    card == null ? null : card.progression(), card == null ? null : card.regression());
        }).toList();
        Evidence evidence = new Evidence(exercises, window.exercises().percent(), missed, worseTwice, latest);
        ProgramContent content = new ProgramContent(program.goal(), program.reviewDate(),
                program.items().stream().map(ActiveProgram.Item::prescription).toList());
        return Optional.of(new Collected(program, content, evidence, cards, perExercise, days));
    }
}
