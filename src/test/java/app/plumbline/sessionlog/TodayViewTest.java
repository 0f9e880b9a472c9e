package app.plumbline.sessionlog;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.ThresholdSettings;
import app.plumbline.adherence.Thresholds;
import app.plumbline.catalog.CatalogService;
import app.plumbline.catalog.Dosage;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.ui.SessionLogForm;
import app.plumbline.testing.BrowserSessionForm;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Today with its session form, the browser's side played by {@link BrowserSessionForm}. */
class TodayViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    SessionLogService sessions;
    @Autowired
    ThresholdSettings settings;

    String username;

    @BeforeEach
    void patientWithAProgram() {
        signIn.as("tom.ruiz");
        var created = patients.create(new PatientDetailsInput("Tia", "Today", null, null, "en", null));
        username = created.activation().username();
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        var d = stretch.dosage();
        var once = new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.side(), 1, 7, d.note());
        var draft = programs.draft(signIn.ref(created.patientId()));
        programs.publish(signIn.ref(created.patientId()), draft.version(), new ProgramContent(null, null,
                List.of(new Prescription(stretch.id(), once, null, null, null, null))), "Start");
    }

    private BrowserSessionForm form() {
        return BrowserSessionForm.of(_get(SessionLogForm.class));
    }

    @Test
    void theFormShowsTheExerciseWithItsStepsAndStartsUnanswered() {
        openAs(username, "today");
        var exercise = form().plan().path("exercises").get(0);

        assertThat(exercise.path("name").asString()).isEqualTo("Doorway chest stretch");
        assertThat(exercise.path("dose").asString()).isNotBlank();
        assertThat(exercise.path("steps").size()).isPositive();
        assertThat(exercise.path("target").path("sets").asInt()).isPositive();
        // Nothing counts as done until the patient says so: no untouched default is sent as done.
        assertThat(exercise.path("done").path("sets").isNull()).isTrue();
        assertThat(exercise.path("done").path("pain").isNull()).isTrue();
        assertThat(form().plan().path("saveLabel").asString()).isEqualTo("Save my session");
        assertThat(form().plan().path("draftKey").asString()).matches("today-\\d+-\\d{4}-\\d{2}-\\d{2}-1");
    }

    @Test
    void theServerKeepsThePlanAsPlainAscii() {
        openAs(username, "today");

        assertThat(_get(SessionLogForm.class).getElement().getProperty("plan")).matches("\\p{ASCII}*");
    }

    @Test
    void missingPainIsShownAtTheFieldAndNothingIsSaved() {
        openAs(username, "today");

        String answer = form().save(form().values((i, entry) -> entry.put("difficulty", "ABOUT_RIGHT")));

        assertThat(answer).contains("\"ex[0].pain\"", "from 0 to 10");
        assertThat(sessions.history(0, 200).sessions()).isEmpty();
    }

    @Test
    void aCompleteLogIsSavedAndTheDayIsDone() {
        openAs(username, "today");

        assertThat(form().save(form().filledIn(1, "ABOUT_RIGHT"))).isEqualTo("{}");

        NotificationsKt.expectNotifications("Saved. Well done!");
        assertThat(sessions.history(0, 200).sessions()).singleElement()
                .satisfies(s -> assertThat(s.maxPain()).isEqualTo(1));
        assertThat(_find(SessionLogForm.class)).isEmpty();
        assertThat(_find(Paragraph.class, s -> s.withText("All done for today — well done! See you tomorrow.")))
                .hasSize(1);
    }

    @Test
    void afterSavingTheFirstOfTwoSessionsTodaySaysWhatIsDoneAndWhatIsNext() {
        signIn.as("tom.ruiz");
        var created = patients.create(new PatientDetailsInput("Tove", "Twice", null, null, "en", null));
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        var d = stretch.dosage();
        var twice = new Dosage(d.sets(), d.reps(), d.holdSeconds(), d.restSeconds(), d.side(), 2, 7, d.note());
        programs.publish(signIn.ref(created.patientId()), programs.draft(signIn.ref(created.patientId())).version(),
                new ProgramContent(null, null, List.of(new Prescription(stretch.id(), twice, null, null, null, null))),
                "Start");
        openAs(created.activation().username(), "today");

        assertThat(form().save(form().filledIn(1, ""))).isEqualTo("{}");

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("saved-session")).getElement().getTextRecursively())
                .contains("Session 1 of 2 is saved", "1 exercise done.", "Next: session 2 of 2, later today");
        assertThat(_find(SessionLogForm.class)).as("no fresh form that looks like the save failed").isEmpty();
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                s -> s.withText("Log session 2 now")));
        assertThat(form().plan().path("draftKey").asString()).endsWith("-2");
        assertThat(sessions.history(0, 10).sessions().getFirst().exercises()).singleElement()
                .satisfies(log -> assertThat(log.difficulty()).as("not given stays not given").isNull());

        com.vaadin.flow.component.UI.getCurrent().navigate("history");
        com.vaadin.flow.component.UI.getCurrent().navigate("today");
        assertThat(_find(Paragraph.class, s -> s.withText("Session 1 of 2 is done today. Next: session 2."))).hasSize(1);
    }

    @Test
    void myProgramShowsEachExercisesCautions() {
        signIn.as("tom.ruiz");
        var cautions = catalog.instructions(List.of(catalog.prescribable().stream()
                .filter(e -> e.slug().equals("doorway-pec-stretch")).findFirst().orElseThrow().id()))
                .values().iterator().next().cautions();
        assertThat(cautions).isNotEmpty();
        openAs(username, "my-program");

        assertThat(_find(com.vaadin.flow.component.html.ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()).toList()).containsAll(cautions);
        assertThat(_find(Paragraph.class, s -> s.withText("Take care"))).hasSize(1);
    }

    @Test
    void painAboveFiveIsSavedWithAWarningNotPraise() {
        openAs(username, "today");

        assertThat(form().save(form().filledIn(8, "TOO_HARD"))).isEqualTo("{}");

        NotificationsKt.expectNotifications("Saved. Pain above 5 is more than these exercises should cause: "
                + "do less next time, and tell your therapist if it stays high.");
        assertThat(sessions.history(0, 200).sessions()).singleElement()
                .satisfies(s -> assertThat(s.maxPain()).isEqualTo(8));
    }

    @Test
    void theWarningTakesTheClinicsRegressPain() {
        signIn.as("admin");
        settings.save(new Thresholds(80, 3, 3, 4, 2, 50, 3, 5, 7, 2, 3), settings.edit().version());
        try {
            openAs(username, "today");

            assertThat(form().save(form().filledIn(5, "ABOUT_RIGHT"))).isEqualTo("{}");

            NotificationsKt.expectNotifications("Saved. Pain above 4 is more than these exercises should cause: "
                    + "do less next time, and tell your therapist if it stays high.");
        } finally {
            signIn.as("admin");
            settings.save(Thresholds.DEFAULTS, settings.edit().version());
        }
    }

    @Test
    void pressingSaveTwiceSavesOneSession() {
        openAs(username, "today");
        BrowserSessionForm form = form();
        String values = form.filledIn(2, "TOO_EASY");

        form.save(values);
        form.save(values);

        assertThat(sessions.history(0, 200).sessions()).hasSize(1);
    }

    @Test
    void aSkippedExerciseNeedsNoPainButKeepsItsReason() {
        openAs(username, "today");

        form().save(form().values((i, entry) -> entry.put("skipped", true).put("skipReason", "NO_TIME")));

        assertThat(sessions.history(0, 200).sessions()).singleElement().satisfies(s -> {
            assertThat(s.doneCount()).isZero();
            assertThat(s.exercises().getFirst().skipReason()).isEqualTo(SkipReason.NO_TIME);
        });
    }

    @Test
    void aSkipWithoutAReasonCountsAsAnotherReason() {
        openAs(username, "today");

        form().save(form().values((i, entry) -> entry.put("skipped", true).put("skipReason", "<script>")));

        assertThat(sessions.history(0, 200).sessions().getFirst().exercises().getFirst().skipReason())
                .isEqualTo(SkipReason.OTHER);
    }

    @Test
    void aNumberThatIsNotAWholeNumberIsShownAtItsField() {
        openAs(username, "today");

        String answer = form().save(form().values((i, entry) -> entry.put("sets", "2.5").put("pain", "1")
                .put("difficulty", "ABOUT_RIGHT")));

        assertThat(answer).contains("\"ex[0].setsDone\":\"Enter a whole number.\"");
        assertThat(sessions.history(0, 200).sessions()).isEmpty();
    }

    @Test
    void valuesThatAreNotTheFormsOwnAreRefusedWhole() {
        openAs(username, "today");
        BrowserSessionForm form = form();

        for (String values : List.of("", "not json", "[]", "{}", "{\"exercises\":[]}",
                "{\"exercises\":[{\"id\":-1,\"pain\":\"1\",\"difficulty\":\"ABOUT_RIGHT\"}]}",
                form.filledIn(1, "ABOUT_RIGHT").replace("\"note\":\"\"", "\"note\":{\"a\":1}"),
                form.filledIn(1, "ABOUT_RIGHT").replace("]", ",{\"id\":1}]"))) {
            assertThat(form.save(values)).as(values).contains("\"form\":\"Please reload the page and try again.\"");
        }
        assertThat(sessions.history(0, 200).sessions()).isEmpty();
    }
}
