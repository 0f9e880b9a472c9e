package app.plumbline.program;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.base.Text;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.clinic.ClinicSettingsService;
import app.plumbline.patient.PatientRef;
import app.plumbline.patient.PatientAccess;
import app.plumbline.security.AccountDirectory;
import app.plumbline.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The therapist's program builder: draft, publish, versions and their differences. */
@Service
public class ProgramService {

    /** What version 1 records as its reason when the therapist typed none. */
    public static final String FIRST_VERSION_REASON = "First program";

    private final ProgramRepository programs;
    private final ProgramDraftRepository drafts;
    private final ProgramVersionRepository versions;
    private final PatientAccess access;
    private final CatalogService catalog;
    private final ProgramCheck check;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final ClinicSettingsService clinicSettings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProgramService(ProgramRepository programs, ProgramDraftRepository drafts, ProgramVersionRepository versions,
            PatientAccess access, CatalogService catalog, ProgramCheck check, AccountDirectory directory,
            CurrentUser currentUser, AuditLog audit, ClinicSettingsService clinicSettings, Clock clock,
            ApplicationEventPublisher events) {
        this.programs = programs;
        this.drafts = drafts;
        this.versions = versions;
        this.access = access;
        this.catalog = catalog;
        this.check = check;
        this.directory = directory;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clinicSettings = clinicSettings;
        this.clock = clock;
        this.events = events;
    }

    /** The patient's draft; the first call opens the program (empty) or a draft of the active version. */
    @Transactional
    public BuilderDraft draft(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        Program program = programOf(patient);
        ProgramDraft draft = drafts.findById(program.getId()).orElseGet(() -> drafts.save(
                new ProgramDraft(program.getId(), clock.instant())));
        return view(patient, program, draft);
    }

    /** Saves the draft the therapist loaded; a stale version means a colleague saved in between. */
    @Transactional
    public BuilderDraft saveDraft(PatientRef patientRef, long loadedVersion, ProgramContent content) {
        PatientRef patient = access.therapist(patientRef);
        Program program = programOf(patient);
        ProgramDraft draft = drafts.findById(program.getId()).orElseThrow();
        if (draft.getVersion() != loadedVersion) {
            throw new ObjectOptimisticLockingFailureException(ProgramDraft.class, program.getId());
        }
        check(content);
        draft.replace(content, currentUser.require().accountId(), clock.instant());
        drafts.saveAndFlush(draft);
        audit.write(patient.id(), "program.draft.save", content.prescriptions().size() + " exercises"
                + (content.advice().isEmpty() ? "" : ", " + content.advice().size() + " advice"));
        return view(patient, program, draft);
    }

    /**
     * Saves the draft and publishes it as the next numbered version, which the patient then follows.
     * Version 1 needs no reason (it is the first program); every later one says why it changed.
     */
    @Transactional
    public VersionSummary publish(PatientRef patientRef, long loadedVersion, ProgramContent content, String reason) {
        PatientRef patient = access.therapist(patientRef);
        String typed = reason == null ? "" : Text.clean(reason).strip();
        boolean first = programOf(patient).nextVersionNumber() == 1;
        String why = typed.isEmpty() && first ? FIRST_VERSION_REASON : typed;
        List<FieldProblem> problems = new ArrayList<>();
        if (why.isEmpty() || why.length() > 500) {
            problems.add(new FieldProblem("reason", "Say in a few words why this version (up to 500 characters)."));
        }
        if (content.prescriptions().isEmpty()) {
            problems.add(new FieldProblem("prescriptions", "Add at least one exercise before publishing."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        saveDraft(patient, loadedVersion, content);
        Program program = programOf(patient);
        int number = program.nextVersionNumber();
        Long author = currentUser.require().accountId();
        ProgramVersion version = versions.save(new ProgramVersion(program.getId(), number, author, clock.instant(),
                why, content));
        program.activate(number);
        events.publishEvent(new VersionPublished(patient.id(), number));
        audit.write(patient.id(), "program.publish", "version " + number);
        return summary(version, true, directory.displayNames(List.of(author)));
    }

    /**
     * The version the patient follows now, for the patient themself or their therapist; empty
     * while nothing is published.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ActiveProgram> active(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        return programs.findByPatientId(patient.id())
                .filter(p -> p.getActiveVersionNumber() != null)
                .flatMap(p -> versions.findByProgramIdAndNumber(p.getId(), p.getActiveVersionNumber()))
                .map(v -> {
                    ProgramContent content = v.content();
                    List<Long> ids = content.prescriptions().stream().map(Prescription::exerciseId).toList();
                    Map<Long, ExerciseCard> cards = catalog.cards(ids);
                    var instructions = catalog.instructions(ids);
                    String author = directory.displayNames(List.of(v.getAuthorId())).get(v.getAuthorId());
                    return new ActiveProgram(patient.id(), v.getId(), v.getNumber(), content.goal(),
                            content.reviewDate(), author, content.prescriptions().stream()
                            .map(p -> new ActiveProgram.Item(p, cards.get(p.exerciseId()),
                                    instructions.get(p.exerciseId()))).toList(),
                            catalog.adviceItems(content.advice()));
                });
    }

    /** Every published version with the day it was published, oldest first, for adherence. */
    @Transactional(readOnly = true)
    public List<PublishedVersion> history(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        return programs.findByPatientId(patient.id())
                .map(p -> versions.findByProgramIdOrderByNumberDesc(p.getId()).reversed().stream()
                        .map(this::published).toList())
                .orElse(List.of());
    }

    public record PublishedVersion(int number, java.time.LocalDate publishedOn, List<Prescription> prescriptions) {
    }

    private PublishedVersion published(ProgramVersion v) {
        return new PublishedVersion(v.getNumber(), java.time.LocalDate.ofInstant(v.getCreatedAt(), currentUser.zone()),
                v.content().prescriptions());
    }

    /** The active version of each of the given patients' programs, for the patient list. */
    @Transactional(readOnly = true)
    public Map<Long, ProgramOverview> overviews(List<Long> patientIds) {
        List<Program> mine = clinicPrograms(patientIds);
        Map<Long, Integer> counts = new java.util.HashMap<>();
        if (!mine.isEmpty()) {
            versions.activeExerciseCounts(mine.stream().map(Program::getId).toList())
                    .forEach(r -> counts.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        Map<Long, ProgramOverview> result = new java.util.HashMap<>();
        for (Program program : mine) {
            result.put(program.getPatientId(), new ProgramOverview(program.getPatientId(),
                    program.getActiveVersionNumber(), counts.getOrDefault(program.getId(), 0)));
        }
        return result;
    }

    /** Patients of the therapist's clinic whose active version is due for review between the dates. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> reviewsDue(LocalDate from, LocalDate to) {
        Long clinicId = currentUser.require(app.plumbline.security.Role.THERAPIST).clinicId();
        Map<Long, LocalDate> due = new java.util.LinkedHashMap<>();
        versions.reviewsDue(clinicId, from, to).forEach(row -> due.put((Long) row[0], (LocalDate) row[1]));
        return due;
    }

    /** The published versions of many patients' programs at once, oldest first, as in {@link #history}. */
    @Transactional(readOnly = true)
    public Map<Long, List<PublishedVersion>> histories(List<Long> patientIds) {
        Map<Long, Long> patientOfProgram = clinicPrograms(patientIds).stream()
                .collect(Collectors.toMap(Program::getId, Program::getPatientId));
        Map<Long, List<PublishedVersion>> result = new java.util.HashMap<>();
        if (patientOfProgram.isEmpty()) {
            return result;
        }
        for (ProgramVersion v : versions.findByProgramIdInOrderByNumberAsc(patientOfProgram.keySet())) {
            result.computeIfAbsent(patientOfProgram.get(v.getProgramId()), k -> new java.util.ArrayList<>())
                    .add(published(v));
        }
        return result;
    }

    private List<Program> clinicPrograms(List<Long> patientIds) {
        Long clinicId = currentUser.require(app.plumbline.security.Role.THERAPIST).clinicId();
        return patientIds.isEmpty() ? List.of() : programs.findByPatientIdIn(patientIds).stream()
                .filter(p -> p.getClinicId().equals(clinicId)).toList();
    }

    @Transactional(readOnly = true)
    public List<VersionSummary> versions(PatientRef patientRef) {
        PatientRef patient = access.therapist(patientRef);
        return programs.findByPatientId(patient.id()).map(program -> {
            List<ProgramVersion> list = versions.findByProgramIdOrderByNumberDesc(program.getId());
            Map<Long, String> names = directory.displayNames(list.stream().map(ProgramVersion::getAuthorId)
                    .collect(Collectors.toSet()));
            return list.stream().map(v -> summary(v,
                    Integer.valueOf(v.getNumber()).equals(program.getActiveVersionNumber()), names)).toList();
        }).orElse(List.of());
    }

    /** What changed from one version to another (0 = the empty program before version 1). */
    @Transactional(readOnly = true)
    public List<ProgramDiff.Change> diff(PatientRef patientRef, int fromNumber, int toNumber) {
        PatientRef patient = access.therapist(patientRef);
        Program program = programs.findByPatientId(patient.id()).orElseThrow(
                () -> new InvalidInputException("version", "This patient has no published program yet."));
        ProgramContent from = content(program, fromNumber);
        ProgramContent to = content(program, toNumber);
        Set<Long> ids = new java.util.HashSet<>();
        from.prescriptions().forEach(p -> ids.add(p.exerciseId()));
        to.prescriptions().forEach(p -> ids.add(p.exerciseId()));
        Map<Long, String> names = catalog.cards(ids).values().stream()
                .collect(Collectors.toMap(ExerciseCard::id, ExerciseCard::name));
        List<String> slugs = new ArrayList<>(from.advice());
        slugs.addAll(to.advice());
        Map<String, String> titles = catalog.adviceItems(slugs).stream()
                .collect(Collectors.toMap(a -> a.slug(), a -> a.title(), (a, b) -> a));
        return ProgramDiff.between(from, to, names, titles);
    }

    /** What the builder proposes for the draft it opened (see {@link BuilderProposal}); nothing is saved. */
    @Transactional(readOnly = true)
    public BuilderProposal proposal(PatientRef patient, BuilderDraft draft, List<app.plumbline.patient.Finding> findings) {
        access.therapist(patient);
        boolean fresh = draft.activeVersionNumber() == null && draft.lines().isEmpty();
        List<StarterProgram.Pick> starter = fresh && !findings.isEmpty() ? starter(patient, findings) : List.of();
        LocalDate review = draft.reviewDate() != null ? null
                : currentUser.today().plusWeeks(clinicSettings.profile().reviewAfterWeeks());
        return new BuilderProposal(starter, review);
    }

    /** The starter-program proposal from the patient's current findings; nothing is saved. */
    @Transactional(readOnly = true)
    public List<StarterProgram.Pick> starter(PatientRef patient, List<app.plumbline.patient.Finding> findings) {
        access.therapist(patient);
        return StarterProgram.suggest(findings, catalog.patterns().stream()
                        .collect(Collectors.toMap(p -> p.slug(), p -> p)), catalog.prescribable(),
                catalog.muscles().stream().collect(Collectors.toMap(m -> m.slug(), m -> m.name())),
                StarterProgram.DEFAULT_MAX);
    }

    private ProgramContent content(Program program, int number) {
        if (number == 0) {
            return new ProgramContent(null, null, List.of());
        }
        return versions.findByProgramIdAndNumber(program.getId(), number).map(ProgramVersion::content)
                .orElseThrow(() -> new InvalidInputException("version", "There is no version " + number + "."));
    }

    private void check(ProgramContent content) {
        List<FieldProblem> problems = check.problems(content);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private Program programOf(PatientRef patient) {
        return programs.findByPatientId(patient.id()).orElseGet(() -> programs.save(
                new Program(patient.id(), patient.clinicId(), clock.instant())));
    }

    private BuilderDraft view(PatientRef patient, Program program, ProgramDraft draft) {
        ProgramContent content = draft.content();
        Map<Long, ExerciseCard> cards = catalog.cards(content.prescriptions().stream()
                .map(Prescription::exerciseId).toList());
        return new BuilderDraft(patient.id(), draft.getVersion(), program.getActiveVersionNumber(), content.goal(),
                content.reviewDate(), content.prescriptions().stream()
                .map(p -> new BuilderDraft.Line(p, cards.get(p.exerciseId()))).toList(), content.advice());
    }

    private static VersionSummary summary(ProgramVersion v, boolean active, Map<Long, String> names) {
        return new VersionSummary(v.getNumber(), names.get(v.getAuthorId()), v.getCreatedAt(), v.getReason(),
                v.content().prescriptions().size(), active);
    }
}
