package app.plumbline.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.catalog.ExerciseCard;
import app.plumbline.catalog.Side;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ProgramServiceTest {

    @Autowired
    ProgramService programs;
    @Autowired
    TemplateService templates;
    @Autowired
    PatientService patients;
    @Autowired
    CatalogService catalog;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;
    @Autowired
    app.plumbline.security.CurrentUser currentUser;

    Long patientId;
    ExerciseCard chinTuck;
    ExerciseCard trapStretch;

    @BeforeEach
    void newPatient() {
        signIn.as("anna.berg");
        patientId = patients.create(new PatientDetailsInput("Prog", "Ram", null, null, "en", null)).patientId();
        chinTuck = card("chin-tuck");
        trapStretch = card("upper-trapezius-stretch");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void adviceOutsideTheCatalogOrChosenTwiceIsRefusedAndNothingIsSaved() {
        var ref = signIn.ref(patientId);
        var rx = List.of(new Prescription(chinTuck.id(), chinTuck.dosage(), null, null, null, null));
        long loaded = programs.draft(ref).version();

        assertThatThrownBy(() -> programs.saveDraft(ref, loaded, new ProgramContent(null, null, rx,
                List.of("screen-at-eye-level", "stand-on-your-head"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ": " + p.message())
                        .containsExactly("advice: A piece of advice is not in the catalog."));
        assertThatThrownBy(() -> programs.saveDraft(ref, loaded, new ProgramContent(null, null, rx,
                List.of("jaw-at-rest", "jaw-at-rest"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("advice"));
        assertThat(programs.draft(ref).lines()).isEmpty();
        assertThat(programs.draft(ref).advice()).isEmpty();
    }

    @Test
    void publishingNumbersImmutableVersionsAndTheDiffSaysWhatChanged() {
        var draft = programs.draft(signIn.ref(patientId));
        var v1 = programs.publish(signIn.ref(patientId), draft.version(), content(rx(chinTuck, 2), rx(trapStretch, 3)), "Start");
        draft = programs.draft(signIn.ref(patientId));
        var v2 = programs.publish(signIn.ref(patientId), draft.version(), content(rx(chinTuck, 3)), "Less is more");

        assertThat(v1.number()).isEqualTo(1);
        assertThat(v2.number()).isEqualTo(2);
        assertThat(programs.versions(signIn.ref(patientId))).extracting(VersionSummary::number, VersionSummary::active,
                VersionSummary::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(2, true, "Less is more"),
                org.assertj.core.groups.Tuple.tuple(1, false, "Start"));
        assertThat(programs.diff(signIn.ref(patientId), 1, 2)).extracting(ProgramDiff.Change::kind)
                .containsExactly(ProgramDiff.Kind.REMOVED, ProgramDiff.Kind.DOSAGE);
        assertThat(programs.diff(signIn.ref(patientId), 0, 1)).extracting(ProgramDiff.Change::kind)
                .containsExactly(ProgramDiff.Kind.GOAL, ProgramDiff.Kind.ADDED, ProgramDiff.Kind.ADDED);
    }

    @Test
    void versionOneNeedsNoReasonButEveryLaterVersionSaysWhy() {
        var draft = programs.draft(signIn.ref(patientId));
        programs.publish(signIn.ref(patientId), draft.version(), content(rx(chinTuck, 2)), " ");
        long loaded = programs.draft(signIn.ref(patientId)).version();

        assertThatThrownBy(() -> programs.publish(signIn.ref(patientId), loaded, content(rx(chinTuck, 3)), ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("reason"));
        assertThat(programs.versions(signIn.ref(patientId))).extracting(VersionSummary::number, VersionSummary::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, ProgramService.FIRST_VERSION_REASON));
    }

    @Test
    void theBuilderProposesTheStarterOnlyForAFreshProgramAndTheClinicsReviewDate() {
        var findings = List.of(new app.plumbline.patient.Finding("forward-head-posture",
                app.plumbline.patient.FindingSide.BOTH, 2, null));
        var fresh = programs.draft(signIn.ref(patientId));

        var proposal = programs.proposal(signIn.ref(patientId), fresh, findings);
        assertThat(proposal.starter()).isNotEmpty().hasSizeLessThanOrEqualTo(StarterProgram.DEFAULT_MAX);
        assertThat(proposal.reviewDate()).isEqualTo(currentUser.today().plusWeeks(
                app.plumbline.clinic.ClinicSettingsInput.DEFAULT_REVIEW_WEEKS));
        assertThat(programs.proposal(signIn.ref(patientId), fresh, List.of()).proposesStarter()).isFalse();

        var saved = programs.saveDraft(signIn.ref(patientId), fresh.version(),
                new ProgramContent(null, currentUser.today().plusDays(3), List.of(rx(chinTuck, 2))));
        var later = programs.proposal(signIn.ref(patientId), saved, findings);
        assertThat(later.proposesStarter()).as("the draft has a line: nothing is proposed over it").isFalse();
        assertThat(later.reviewDate()).as("the draft has its own review date").isNull();
    }

    @Test
    void aStaleDraftSaveIsRefusedNotSilentlyLost() {
        long loaded = programs.draft(signIn.ref(patientId)).version();
        programs.saveDraft(signIn.ref(patientId), loaded, content(rx(chinTuck, 2)));

        assertThatThrownBy(() -> programs.saveDraft(signIn.ref(patientId), loaded, content(rx(trapStretch, 2))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(programs.draft(signIn.ref(patientId)).lines()).extracting(l -> l.exercise().slug()).containsExactly("chin-tuck");
    }

    @Test
    void invalidDosageAndDuplicatesAreRefusedAtTheirFieldsAndNothingIsSaved() {
        long loaded = programs.draft(signIn.ref(patientId)).version();
        var bad = new Prescription(chinTuck.id(), new Dosage(11, 10, null, 0, Side.NONE, 1, 7, null), null, null,
                null, null);

        assertThatThrownBy(() -> programs.saveDraft(signIn.ref(patientId), loaded, content(rx(chinTuck, 2), bad)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("rx[1].sets", "prescriptions"));
        assertThatThrownBy(() -> programs.publish(signIn.ref(patientId), loaded, content(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("prescriptions"));
        assertThat(programs.draft(signIn.ref(patientId)).lines()).isEmpty();
        assertThat(programs.versions(signIn.ref(patientId))).isEmpty();
    }

    @Test
    void templatesAreSavedForTheClinicAndAppliedElsewhere() {
        var saved = templates.save("Neck basics " + patientId, content(rx(chinTuck, 2), rx(trapStretch, 2)));
        assertThat(templates.templates()).extracting(TemplateSummary::name).contains(saved.name());
        assertThat(templates.content(saved.id()).prescriptions()).extracting(Prescription::exerciseId)
                .containsExactly(chinTuck.id(), trapStretch.id());
        assertThatThrownBy(() -> templates.save(saved.name(), content(rx(chinTuck, 1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> templates.save("Too many sets " + patientId, content(rx(chinTuck, 99))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("rx[0].sets"));

        signIn.as(otherClinic.therapist());
        assertThat(templates.templates()).extracting(TemplateSummary::name).doesNotContain(saved.name());
        assertThatThrownBy(() -> templates.content(saved.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTemplateKeepsTheProgramsAdviceInOrderAndApplyingItBringsItBack() {
        var withAdvice = content(rx(chinTuck, 2)).withAdvice(List.of("screen-at-eye-level", "jaw-at-rest"));

        var saved = templates.save("Desk advice " + patientId, withAdvice);

        assertThat(templates.content(saved.id()).advice()).containsExactly("screen-at-eye-level", "jaw-at-rest");
        assertThatThrownBy(() -> templates.save("Unknown advice " + patientId, content(rx(chinTuck, 2))
                .withAdvice(List.of("stand-on-your-head"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("advice"));
        assertThat(templates.templates()).extracting(TemplateSummary::name)
                .doesNotContain("Unknown advice " + patientId);
    }

    @Test
    void anotherClinicAndPatientsCannotReachTheProgram() {
        long loaded = programs.draft(signIn.ref(patientId)).version();
        programs.publish(signIn.ref(patientId), loaded, content(rx(chinTuck, 2)), "Start");

        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> programs.draft(signIn.ref(patientId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.saveDraft(signIn.ref(patientId), 0, content())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.publish(signIn.ref(patientId), 0, content(rx(chinTuck, 1)), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.versions(signIn.ref(patientId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.diff(signIn.ref(patientId), 0, 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.starter(signIn.ref(patientId), List.of())).isInstanceOf(AccessDeniedException.class);
        assertThat(programs.overviews(List.of(patientId))).isEmpty();

        signIn.as("maria.lopez");
        assertThatThrownBy(() -> programs.draft(signIn.ref(patientId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programs.versions(signIn.ref(patientId))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyWeekdayCanBeChosen() {
        var draft = programs.draft(signIn.ref(patientId));
        var all = new Prescription(chinTuck.id(), chinTuck.dosage(), java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                null, null, null);
        var published = programs.publish(signIn.ref(patientId), draft.version(), content(all), "Every day");
        assertThat(programs.versions(signIn.ref(patientId))).isNotEmpty();
        assertThat(published).isNotNull();
    }

    private ExerciseCard card(String slug) {
        return catalog.prescribable().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static Prescription rx(ExerciseCard exercise, int sets) {
        Dosage d = exercise.dosage();
        return new Prescription(exercise.id(), new Dosage(sets, d.reps(), d.holdSeconds(), d.restSeconds(), d.side(),
                d.timesPerDay(), d.daysPerWeek(), null), null, null, null, null);
    }

    private static ProgramContent content(Prescription... prescriptions) {
        return new ProgramContent("Goal", null, List.of(prescriptions));
    }
}
