package app.plumbline.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.Application;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import app.plumbline.testing.BrowserTest;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The admin backs up the running app from the Backups screen; the backup, unzipped into an empty
 * data directory as the README says, starts a fresh instance that holds the data.
 */
// The restored instance runs in this JVM and leaves the shared app unable to serve /files/**
// (exercise pictures, sheets) to the browser tests after it; the next test class gets a fresh app.
@DirtiesContext
class BackupIT extends BrowserTest {

    @Autowired
    SessionLogService sessions;
    @Autowired
    UserDetailsService users;
    @Value("${plumbline.backup.dir}")
    Path backupDir;

    @Test
    void adminBacksUpAndTheBackupRestoresIntoAFreshInstance() throws Exception {
        // What Maria has logged (the demo's eight weeks); the test changes nothing, other tests share this app.
        List<SessionSummary> before = as(users, "maria.lopez", () -> sessions.history(0, 200).sessions());
        assertThat(before).hasSizeGreaterThan(20);

        logInAndWaitFor("admin", "Users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Backups")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Backups").setExact(true)))
                .isVisible();
        assertThat(screen().getByText(Pattern.compile("The newest 14 are kept"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Back up now")).click();
        assertThat(page.locator("#backup-status")).hasText(Pattern.compile("Backup plumbline-\\d{8}-\\d{6}\\.zip saved"));
        assertThat(page.locator("progress")).hasAttribute("value", "1.0");
        assertThat(page.locator("vaadin-grid").getByText(Pattern.compile("plumbline-.*\\.zip"))).hasCount(1);
        screenshot("admin-backups-desktop");
        usePhone(true);
        logInAndWaitFor("admin", "Users");
        open("admin/backups");
        assertThat(page.locator("vaadin-grid").getByText(Pattern.compile("plumbline-.*\\.zip"))).hasCount(1);
        screenshot("admin-backups-phone");

        Path backup;
        try (Stream<Path> files = Files.list(backupDir)) {
            backup = files.filter(f -> f.getFileName().toString().endsWith(".zip")).findFirst().orElseThrow();
        }
        Path fresh = Path.of("target", "restored", UUID.randomUUID().toString());
        unzip(backup, fresh);
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--plumbline.data-dir=" + fresh, "--plumbline.backup.cron=-",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off")) {
            // Started without the demo profile: Maria and her sessions can only have come from the backup.
            List<SessionSummary> after = as(restored.getBean(UserDetailsService.class), "maria.lopez",
                    () -> restored.getBean(SessionLogService.class).history(0, 200).sessions());
            assertThat(after).extracting(SessionSummary::id, SessionSummary::date, SessionSummary::doneCount)
                    .containsExactlyElementsOf(before.stream()
                            .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.date(), s.doneCount())).toList());
        }
    }

    /** What the README's restore says: unzip the backup into the (empty) data directory. */
    private static void unzip(Path zip, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, dir.resolve(entry.getName()));
            }
        }
    }

    private static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
