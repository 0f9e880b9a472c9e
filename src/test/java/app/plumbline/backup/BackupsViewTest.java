package app.plumbline.backup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.backup.ui.BackupsView;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The screen on a database it does not back up; BackupIT backs up a real H2 file through it. */
class BackupsViewTest extends KaribuTest {

    @Test
    void onlyTheAdminOpensBackups() {
        signIn.as("anna.berg");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/backups")).isInstanceOf(MockAccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/backups")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void explainsInsteadOfOfferingABackupItCannotTake() {
        openAs("admin", "admin/backups");
        String text = _get(BackupsView.class).getElement().getTextRecursively();
        assertThat(text).containsAnyOf("in memory", "pg_dump");
        _assertNone(Button.class, spec -> spec.withText("Back up now"));
    }
}
