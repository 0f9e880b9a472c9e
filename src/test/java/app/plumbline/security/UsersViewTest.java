package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.ui.chart.Chart;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository repository;

    @Test
    void adminCreatesTherapistThroughTheDialog() {
        openAs("admin", "admin/users");
        _click(_get(Button.class, spec -> spec.withText("New therapist")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Lena Vogel");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "l.vogel");
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("First password")), "a fine first password");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(repository.findByUsername("l.vogel")).isPresent();
        @SuppressWarnings("unchecked")
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("staff"));
        assertThat(GridKt._size(grid)).isEqualTo(repository.findByClinicIdAndRoleInOrderByDisplayName(
                repository.findByUsername("admin").orElseThrow().getClinicId(),
                java.util.List.of(Role.ADMIN, Role.THERAPIST)).size());
    }

    @Test
    void shortPasswordIsShownAtTheFieldAndNothingIsSaved() {
        openAs("admin", "admin/users");
        long before = repository.count();
        _click(_get(Button.class, spec -> spec.withText("New therapist")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Full name")), "Short Pw");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username")), "short.pw");
        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("First password"));
        _setValue(password, "abc");
        _click(_get(Button.class, spec -> spec.withText("Create account")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 8");
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void showsSignInChartForTheLastTwoWeeks() {
        openAs("admin", "admin/users");
        Chart chart = _get(Chart.class);
        assertThat(chart.categories()).hasSize(14);
        assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("Signed in", "Failed attempts");
    }
}
