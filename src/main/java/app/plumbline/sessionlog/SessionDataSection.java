package app.plumbline.sessionlog;

import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Every session the patient logged, oldest first, in the patient's data file: each exercise's
 * target next to what was done, pain and difficulty, the note, the next-morning answer, and
 * whether it came from the portal or from a paper grid typed in by the therapist.
 */
@Component
class SessionDataSection implements PatientDataSection {

    record SessionData(LocalDate date, String source, int programVersion, String note, String nextMorning,
            String nextMorningAnsweredAt, String loggedAt, String changedAt, List<ExerciseData> exercises) {
    }

    record ExerciseData(String exercise, String slug, Integer targetSets, Integer targetReps,
            Integer targetHoldSeconds, Integer setsDone, Integer repsDone, Integer holdSecondsDone, String skipped,
            Integer pain, String difficulty) {
    }

    private final SessionLogRepository sessions;
    private final PatientAccess access;
    private final CatalogService catalog;

    SessionDataSection(SessionLogRepository sessions, PatientAccess access, CatalogService catalog) {
        this.sessions = sessions;
        this.access = access;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        List<SessionLog> all = sessions.findByPatientIdOrderBySessionDateAscIdAsc(access.reader(patientRef).id());
        Map<Long, ExerciseCard> cards = catalog.cards(all.stream().flatMap(s -> s.getExercises().stream())
                .map(ExerciseLog::exerciseId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return all.stream().map(s -> new SessionData(s.getSessionDate(), s.getSource().name().toLowerCase(),
                s.getVersionNumber(), s.getNote(), s.getNextMorning() == null ? null : s.getNextMorning().label(),
                PatientDataSection.time(s.getNextMorningAt(), zone), PatientDataSection.time(s.getCreatedAt(), zone),
                PatientDataSection.time(s.getUpdatedAt(), zone),
                s.getExercises().stream().map(e -> exercise(e, cards.get(e.exerciseId()))).toList())).toList();
    }

    private static ExerciseData exercise(ExerciseLog e, ExerciseCard card) {
        return new ExerciseData(card == null ? null : card.name(), card == null ? null : card.slug(), e.targetSets(),
                e.targetReps(), e.targetHoldSeconds(), e.setsDone(), e.repsDone(), e.holdSecondsDone(),
                e.skipReason() == null ? null : e.skipReason().label(), e.pain(),
                e.difficulty() == null ? null : e.difficulty().label());
    }
}
