package app.plumbline.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.program.ProgramDiff;
import app.plumbline.program.ProgramService;
import app.plumbline.program.VersionSummary;
import app.plumbline.testing.OtherClinic;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The demo stories raise the suggestions they should; applying one makes the next version. */
@ServiceTest
class SuggestionServiceTest {

    @Autowired
    SuggestionService suggestions;
    @Autowired
    ProgramService programs;
    @Autowired
    app.plumbline.testing.DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    OtherClinic otherClinic;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private Long patient(String therapist, String name) {
        return demo.id(therapist, name);
    }

    @Test
    void eachStoryRaisesItsRule() {
        assertThat(suggestions.suggestions(patient("anna.berg", "James O'Connor")))
                .extracting(SuggestionView::rule).contains(SuggestionRule.CHECK_IN);
        assertThat(suggestions.suggestions(patient("tom.ruiz", "David Kim")))
                .extracting(SuggestionView::rule).contains(SuggestionRule.PROGRESS);
        assertThat(suggestions.suggestions(patient("tom.ruiz", "Helen Wright")))
                .extracting(SuggestionView::rule).contains(SuggestionRule.SIMPLIFY);
        assertThat(suggestions.suggestions(patient("anna.berg", "Maria Lopez")))
                .extracting(SuggestionView::rule).doesNotContain(SuggestionRule.REGRESS, SuggestionRule.CHECK_IN);
    }

    @Test
    void applyingTheRegressSuggestionPublishesTheNextVersionWithItsDiff() {
        Long sofia = patient("anna.berg", "Sofia Rossi");
        SuggestionView regress = suggestions.suggestions(sofia).stream()
                .filter(s -> s.rule() == SuggestionRule.REGRESS).findFirst().orElseThrow();
        assertThat(regress.evidence()).contains("/10");
        assertThat(regress.diff()).isNotEmpty();
        int before = programs.versions(sofia).getFirst().number();

        VersionSummary applied = suggestions.apply(sofia, regress.key());

        assertThat(applied.number()).isEqualTo(before + 1);
        assertThat(applied.reason()).isEqualTo("Applied suggestion: " + regress.title());
        assertThat(programs.diff(sofia, before, applied.number())).extracting(ProgramDiff.Change::text)
                .containsExactlyElementsOf(regress.diff().stream().map(ProgramDiff.Change::text).toList());
        assertThat(suggestions.suggestions(sofia)).extracting(SuggestionView::key).doesNotContain(regress.key());
    }

    @Test
    void aDismissedSuggestionNeedsAReasonAndStaysAwayUntilNewLogs() {
        Long james = patient("anna.berg", "James O'Connor");
        SuggestionView checkIn = suggestions.suggestions(james).stream()
                .filter(s -> s.rule() == SuggestionRule.CHECK_IN).findFirst().orElseThrow();

        assertThatThrownBy(() -> suggestions.dismiss(james, checkIn.key(), " "))
                .isInstanceOf(InvalidInputException.class);
        suggestions.dismiss(james, checkIn.key(), "Phoned him; he restarts on Monday");

        assertThat(suggestions.suggestions(james)).extracting(SuggestionView::key).doesNotContain(checkIn.key());
    }

    @Test
    void anotherClinicCannotSeeOrApply() {
        Long david = patient("tom.ruiz", "David Kim");
        String key = suggestions.suggestions(david).getFirst().key();
        signIn.as(otherClinic.therapist());
        assertThatThrownBy(() -> suggestions.suggestions(david)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.apply(david, key)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.dismiss(david, key, "x")).isInstanceOf(AccessDeniedException.class);
        signIn.as("david.kim");
        assertThatThrownBy(() -> suggestions.suggestions(david)).isInstanceOf(AccessDeniedException.class);
    }
}
