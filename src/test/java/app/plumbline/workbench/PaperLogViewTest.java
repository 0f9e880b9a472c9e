package app.plumbline.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.Dates;
import app.plumbline.sessionlog.PastSessions;
import app.plumbline.sheet.SheetFixture;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.TestClock;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The paper log screen shows each day's problem at that day's pain field, and keeps what was typed. */
@Import(SheetFixture.class)
class PaperLogViewTest extends KaribuTest {

    @Autowired
    SheetFixture fixture;
    @Autowired
    PastSessions pastSessions;

    @Test
    void painWrittenOnADayWithoutTicksIsShownAtThatDayAndNothingIsSaved() {
        signIn.as("anna.berg");
        LocalDate today = TestClock.today();
        Long id = fixture.patientWithProgram("Pia", "Pencil", 1, today.minusDays(13));
        openAs("anna.berg", "patients/" + id + "/paper-log");

        tick(today.minusDays(6));
        tick(today.minusDays(4));
        pain(today.minusDays(6)).setValue(3);
        pain(today.minusDays(5)).setValue(4);
        pain(today.minusDays(4)).setValue(11);
        _click(_get(Button.class, spec -> spec.withText("Save paper log")));

        assertThat(pain(today.minusDays(6)).isInvalid()).isFalse();
        assertThat(pain(today.minusDays(5)).getErrorMessage())
                .isEqualTo("No session ticked: tick one or clear the pain.");
        assertThat(pain(today.minusDays(4)).getErrorMessage()).isEqualTo("Pain is a number from 0 to 10.");
        assertThat(pain(today.minusDays(5)).getValue()).isEqualTo(4);
        assertThat(pastSessions.loggedDays(signIn.ref(id), today.minusDays(6), today)).isEmpty();
    }

    private static void tick(LocalDate day) {
        _find(Checkbox.class).stream().filter(box -> box.getAriaLabel().orElseThrow().endsWith(", " + day(day)))
                .findFirst().orElseThrow().setValue(true);
    }

    private static IntegerField pain(LocalDate day) {
        return _find(IntegerField.class).stream()
                .filter(field -> field.getAriaLabel().orElseThrow().equals("Pain on " + day(day)))
                .findFirst().orElseThrow();
    }

    /** A day as the screen names it in its fields' accessible names. */
    private static String day(LocalDate day) {
        return Dates.weekday(day) + " " + Dates.shortDay(day);
    }
}
