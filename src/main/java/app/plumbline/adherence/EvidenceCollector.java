package app.plumbline.adherence;

import app.plumbline.security.CurrentUser;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientService;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.SessionFigures;
import java.time.LocalDate;
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
    private final SessionFigures sessions;
    private final AdherenceService adherence;
    private final StandingService standings;
    private final PatientService patients;
    private final ThresholdSettings settings;
    private final CurrentUser currentUser;

    EvidenceCollector(ProgramService programs, SessionFigures sessions, AdherenceService adherence,
            StandingService standings, PatientService patients, ThresholdSettings settings, CurrentUser currentUser) {
        this.patients = patients;
        this.settings = settings;
        this.programs = programs;
        this.sessions = sessions;
        this.adherence = adherence;
        this.standings = standings;
        this.currentUser = currentUser;
    }

    record Collected(ActiveProgram program, ProgramContent content, Evidence evidence, Map<Long, ExerciseCard> cards,
            Map<Long, Integer> adherence) {
    }

    Optional<Collected> collect(PatientRef patient) {
        Long patientId = patient.id();
        Optional<ActiveProgram> active = programs.active(patient);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        ActiveProgram program = active.get();
        LocalDate today = currentUser.today();
        var spans = AdherenceService.spans(programs.history(patient));
        var window = adherence.window(patient, spans, today.minusDays(AdherenceService.WINDOW_DAYS),
                today.minusDays(1));
        Standing standing = standings.standings(List.of(patientId)).get(patientId);
        var logs = sessions.exerciseLogsSince(patient, today.minusDays(42)).stream()
                .filter(l -> !l.skipped()).collect(Collectors.groupingBy(SessionFigures.LoggedExercise::exerciseId));
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
                    card == null ? null : card.progression(), card == null ? null : card.regression(),
                    card != null && card.progressionAddsContraindication());
        }).toList();
        boolean engaged = standing.lastSession() != null || patients.activated(patient);
        Evidence evidence = new Evidence(exercises, standing.adherence14(), standing.scheduledDaysWithoutLog(),
                standing.worseTwiceInARow(), standing.lastSession(),
                settings.current().settled(engaged, standing.scheduledDaysSoFar()));
        ProgramContent content = new ProgramContent(program.goal(), program.reviewDate(),
                program.items().stream().map(ActiveProgram.Item::prescription).toList(),
                program.advice().stream().map(a -> a.slug()).toList());
        return Optional.of(new Collected(program, content, evidence, cards, perExercise));
    }
}
