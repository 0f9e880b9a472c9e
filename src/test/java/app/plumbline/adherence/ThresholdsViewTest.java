package app.plumbline.adherence;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.adherence.ui.ThresholdsView;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ThresholdsViewTest extends KaribuTest {

    @Autowired
    ThresholdSettings settings;

    @AfterEach
    void backToDefaults() {
        signIn.as("admin");
        settings.save(Thresholds.DEFAULTS, settings.edit().version());
    }

    private IntegerField field(String name) {
        return _get(IntegerField.class, spec -> spec.withId("threshold-" + name));
    }

    @Test
    void theAdminChangesAThresholdAndTheAlertsUseIt() {
        openAs("admin", "settings/thresholds");
        _get(ThresholdsView.class);
        assertThat(field("checkInAfterDays").getValue()).isEqualTo(5);

        field("checkInAfterDays").setValue(9);
        _click(_get(Button.class, spec -> spec.withText("Save thresholds")));

        assertThat(field("checkInAfterDays").isInvalid()).isFalse();
        signIn.as("anna.berg");
        assertThat(settings.current().checkInAfterDays()).isEqualTo(9);
    }

    @Test
    void badNumbersAreRefusedAtTheirFieldAndNothingIsSaved() {
        openAs("admin", "settings/thresholds");
        field("regressPain").setValue(12);
        field("simplifyKeep").clear();
        _click(_get(Button.class, spec -> spec.withText("Save thresholds")));

        assertThat(field("regressPain").isInvalid()).isTrue();
        assertThat(field("regressPain").getErrorMessage()).isEqualTo("Between 0 and 9 on the 0–10 scale.");
        assertThat(field("simplifyKeep").getErrorMessage()).isEqualTo("Enter a whole number.");
        assertThat(settings.current()).isEqualTo(Thresholds.DEFAULTS);
    }

    @Test
    void theRuleBetweenTwoFieldsIsReportedWithTheOtherProblems() {
        openAs("admin", "settings/thresholds");
        field("progressMaxPain").setValue(6);
        field("regressPain").setValue(5);
        field("alertPain").setValue(0);
        _click(_get(Button.class, spec -> spec.withText("Save thresholds")));

        assertThat(field("alertPain").getErrorMessage()).isEqualTo("Between 1 and 10 on the 0–10 scale.");
        assertThat(field("progressMaxPain").getErrorMessage()).startsWith("Must be below the regress pain (5)");
        assertThat(field("regressPain").isInvalid()).isFalse();
        assertThat(settings.current()).isEqualTo(Thresholds.DEFAULTS);
    }

    @Test
    void onlyTheAdminChangesThemAndAStaleFormIsRefused() {
        signIn.as("anna.berg");
        assertThatThrownBy(() -> settings.save(Thresholds.DEFAULTS, settings.edit().version()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as("admin");
        long read = settings.edit().version();
        settings.save(Thresholds.DEFAULTS, read);
        assertThatThrownBy(() -> settings.save(Thresholds.DEFAULTS, read))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Someone else changed");
        var progressAboveRegress = new Thresholds(80, 6, 3, 5, 2, 50, 3, 5, 7, 2, 3);
        assertThatThrownBy(() -> settings.save(progressAboveRegress, settings.edit().version()))
                .isInstanceOf(InvalidInputException.class);
    }
}
