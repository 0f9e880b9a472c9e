package app.plumbline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.adherence.SuggestionRule;
import app.plumbline.adherence.SuggestionService;
import app.plumbline.adherence.SuggestionView;
import app.plumbline.outcome.MeasureResult;
import app.plumbline.outcome.OutcomeService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo patients' questionnaires tell their stories, and seeding twice changes nothing. */
@ServiceTest
class DemoOutcomesTest {

    @Autowired
    DemoOutcomes seeder;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    SuggestionService suggestions;
    @Autowired
    DemoPatients demo;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void clean() {
        signIn.out();
        jdbc.update("delete from outcome_answer");
        jdbc.update("delete from outcome_response");
        jdbc.update("delete from outcome_plan");
    }

    private MeasureResult result(String therapist, String name, String slug) {
        Long id = demo.id(therapist, name);
        return outcomes.overview(signIn.ref(id)).results().stream().filter(r -> r.slug().equals(slug)).findFirst()
                .orElseThrow();
    }

    @Test
    void theStoriesShowInTheScoresAndDavidIsOfferedDischarge() {
        // seed(), not run(): tests sharing this database add clinics that count as real ones.
        seeder.seed();
        seeder.seed();
        assertThat(jdbc.queryForObject("select count(*) from outcome_response", Integer.class)).isEqualTo(29);
        var maria = result("anna.berg", "Maria Lopez", "psfs");
        assertThat(maria.points()).hasSize(3);
        assertThat(maria.change().improved()).isTrue();
        assertThat(maria.change().beyondMdc()).isTrue();
        var sofia = result("anna.berg", "Sofia Rossi", "jfls-8");
        assertThat(sofia.change().improved()).isFalse();
        assertThat(result("anna.berg", "James O'Connor", "psfs").points()).hasSize(2);
        Long david = demo.id("tom.ruiz", "David Kim");
        assertThat(suggestions.suggestions(signIn.ref(david))).extracting(SuggestionView::rule)
                .contains(SuggestionRule.OUTCOME);
    }
}
