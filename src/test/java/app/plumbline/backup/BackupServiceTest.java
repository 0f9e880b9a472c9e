package app.plumbline.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may back up, and what happens on a database this screen does not back up (BackupIT does a real one). */
@ServiceTest
class BackupServiceTest {

    @Autowired
    BackupService backups;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void onlyAnAdminMayBackUp() {
        signIn.as("anna.berg");
        assertThatThrownBy(() -> backups.start()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> backups.setup()).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> backups.backups()).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> backups.progress()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDatabaseOtherThanAnH2FileIsNotBackedUpHere() {
        signIn.as("admin");
        var setup = backups.setup();

        assertThat(setup.supported()).isFalse();
        assertThat(setup.database()).isIn(BackupSetup.Database.IN_MEMORY, BackupSetup.Database.POSTGRESQL);
        assertThat(setup.keep()).isEqualTo(14);
        assertThat(setup.nextScheduled()).isNotNull();
        assertThatThrownBy(() -> backups.start()).isInstanceOf(IllegalStateException.class);
    }
}
