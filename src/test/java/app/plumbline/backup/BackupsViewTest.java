package app.plumbline.backup;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.backup.ui.BackupsView;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

/** The screen on a database it does not back up; BackupIT backs up a real H2 file through it. */
class BackupsViewTest extends KaribuTest {

    @Test
    void onlyTheAdminOpensBackups() {
        signIn.as("anna.berg");
        assertRefused("admin/backups");
        signIn.as("maria.lopez");
        assertRefused("admin/backups");
    }

    @Test
    void explainsInsteadOfOfferingABackupItCannotTake() {
        openAs("admin", "admin/backups");
        String text = _get(BackupsView.class).getElement().getTextRecursively();
        assertThat(text).containsAnyOf("in memory", "pg_dump");
        _assertNone(Button.class, spec -> spec.withText("Back up now"));
    }
}
