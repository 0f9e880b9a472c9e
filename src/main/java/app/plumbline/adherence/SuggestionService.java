package app.plumbline.adherence;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.outcome.OutcomeFigures;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.program.ActiveProgram;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramDiff;
import app.plumbline.program.ProgramService;
import app.plumbline.program.VersionSummary;
import app.plumbline.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions for one patient from their recent logs: shown with their numbers and the change
 * they would make; applied as a new program version, or dismissed with a reason.
 */
@Service
public class SuggestionService {

    private final PatientAccess access;
    private final ProgramService programs;
    private final EvidenceCollector collector;
    private final CatalogService catalog;
    private final SuggestionDismissalRepository dismissals;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ThresholdSettings settings;
    private final Clock clock;
    private final OutcomeFigures outcomes;

    SuggestionService(PatientAccess access, ProgramService programs, EvidenceCollector collector,
            CatalogService catalog, SuggestionDismissalRepository dismissals, CurrentUser currentUser, AuditLog audit,
            ThresholdSettings settings, Clock clock, OutcomeFigures outcomes) {
        this.outcomes = outcomes;
        this.settings = settings;
        this.access = access;
        this.programs = programs;
        this.collector = collector;
        this.catalog = catalog;
        this.dismissals = dismissals;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    private record Computed(ActiveProgram program, ProgramContent content, Evidence evidence,
            List<Suggestion> suggestions, Map<Long, ExerciseCard> cards, Map<Long, Integer> adherence,
            Thresholds thresholds) {
    }

    @Transactional(readOnly = true)
    public List<SuggestionView> suggestions(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        return compute(patient).map(c -> {
            Map<String, ExerciseCard> bySlug = prescribableBySlug();
            Map<Long, String> names = new java.util.HashMap<>();
            bySlug.values().forEach(e -> names.put(e.id(), e.name()));
            c.cards().values().forEach(e -> names.put(e.id(), e.name()));
            return c.suggestions().stream().map(s -> {
                Optional<ProgramContent> next = proposal(c, s, bySlug);
                return new SuggestionView(s.key(), s.rule(), s.title(), s.evidence(),
                        s.rule().basis(c.thresholds()),
                        next.map(n -> ProgramDiff.between(c.content(), n, names)).orElse(List.of()), next.isPresent());
            }).toList();
        }).orElse(List.of());
    }

    /** Publishes the suggestion's change as the next version, with the reason "Applied suggestion: …". */
    @Transactional
    public VersionSummary apply(PatientRef patientRef, String key) {
        PatientRef patient = access.therapist(patientRef);
        Computed c = compute(patient).orElseThrow(() -> gone());
        Suggestion s = c.suggestions().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow(this::gone);
        Map<String, ExerciseCard> bySlug = prescribableBySlug();
        ProgramContent next = proposal(c, s, bySlug).orElseThrow(() ->
                new InvalidInputException("suggestion", "This suggestion changes nothing in the program."));
        alreadyInTheProgram(next, bySlug).ifPresent(name -> {
            throw new InvalidInputException("suggestion", name + " is in the program already, so this swap would "
                    + "list it twice. Change the program in the builder instead, or dismiss the suggestion.");
        });
        var draft = programs.draft(patient);
        // Applied on this evidence: not raised again until newer logs arrive.
        dismissals.save(new SuggestionDismissal(patient.id(), key, "Applied", c.evidence().latestLog(),
                currentUser.require().accountId(), clock.instant()));
        audit.write(patient.id(), "suggestion.apply", key);
        return programs.publish(patient, draft.version(), next, "Applied suggestion: " + s.title());
    }

    @Transactional
    public void dismiss(PatientRef patientRef, String key, String reason) {
        PatientRef patient = access.therapist(patientRef);
        String why = reason == null ? "" : Text.clean(reason).strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new InvalidInputException("dismissReason", "Say briefly why (up to 500 characters).");
        }
        LocalDate latest = compute(patient).map(c -> c.evidence().latestLog()).orElse(null);
        dismissals.save(new SuggestionDismissal(patient.id(), key, why, latest, currentUser.require().accountId(),
                clock.instant()));
        audit.write(patient.id(), "suggestion.dismiss", key);
    }

    /** The name of an exercise the change would list twice (a swap to one the program has), if any. */
    private static Optional<String> alreadyInTheProgram(ProgramContent next, Map<String, ExerciseCard> bySlug) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        return next.prescriptions().stream().map(p -> p.exerciseId()).filter(id -> !seen.add(id)).findFirst()
                .map(id -> bySlug.values().stream().filter(e -> e.id().equals(id)).map(ExerciseCard::name)
                        .findFirst().orElse("That exercise"));
    }

    private InvalidInputException gone() {
        return new InvalidInputException("suggestion", "This suggestion no longer applies. Reload the page.");
    }

    private Optional<Computed> compute(PatientRef patient) {
        Thresholds thresholds = settings.current();
        return collector.collect(patient).map(c -> {
            List<SuggestionDismissal> dismissed = dismissals.findByPatientId(patient.id());
            List<Suggestion> all = new java.util.ArrayList<>(SuggestionRules.apply(c.evidence(), thresholds));
            OutcomeRule.apply(outcomes.results(patient), c.evidence()).ifPresent(all::add);
            List<Suggestion> open = all.stream()
                    .filter(s -> dismissed.stream().noneMatch(d -> d.holdsFor(s.key(), c.evidence().latestLog())))
                    .toList();
            return new Computed(c.program(), c.content(), c.evidence(), open, c.cards(), c.adherence(), thresholds);
        });
    }

    /** The next version's content, or empty when the suggestion would change nothing. */
    private static Optional<ProgramContent> proposal(Computed c, Suggestion s, Map<String, ExerciseCard> bySlug) {
        return ProposedChange.of(s, c.content(), bySlug, c.cards(), c.adherence(), c.thresholds().simplifyKeep())
                .filter(next -> !next.equals(c.content()));
    }

    private Map<String, ExerciseCard> prescribableBySlug() {
        return catalog.prescribable().stream().collect(Collectors.toMap(ExerciseCard::slug, Function.identity()));
    }
}
