package app.plumbline.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.base.InvalidInputException;
import app.plumbline.catalog.Illustration;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class ClinicSettingsServiceTest {

    static final String LOGO = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 20\">"
            + "<rect width=\"40\" height=\"20\" fill=\"#333\"/></svg>";

    @Autowired
    ClinicSettingsService settings;
    @Autowired
    SignIn signIn;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theAdminSavesWhatEverySheetOfTheClinicShows() {
        signIn.as("admin");
        var before = settings.profile();
        var saved = settings.save(new ClinicSettingsInput(before.name(), " Phone 030 555 0100 ",
                "https://portal.lindenhof.example/", PaperSize.LETTER, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), before.version());
        assertThat(saved.contactLine()).isEqualTo("Phone 030 555 0100");
        assertThat(saved.paperSize()).isEqualTo(PaperSize.LETTER);
        saved = settings.replaceLogo(new Illustration(Illustration.SVG, LOGO.getBytes(StandardCharsets.UTF_8)));
        assertThat(saved.logo().isSvg()).isTrue();
        assertThat(jdbc.queryForList("select action || ': ' || detail from audit_event where actor_name = 'admin' "
                + "and action like 'clinic.%' order by id desc limit 2", String.class))
                .containsExactly("clinic.logo: replaced (image/svg+xml, " + LOGO.length() + " bytes)",
                        "clinic.settings: name, contact line, portal address, paper LETTER, time zone the server's, "
                                + "review after 2 weeks");

        signIn.as("maria.lopez");
        assertThat(settings.profile().portalAddress()).isEqualTo("https://portal.lindenhof.example/");
        signIn.as("tom.ruiz");
        assertThat(settings.profile().logo()).isNotNull();

        signIn.as("admin");
        var current = settings.profile();
        settings.save(current.asInput(), current.version());
        assertThatThrownBy(() -> settings.save(current.asInput(), current.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        settings.save(new ClinicSettingsInput(current.name(), current.contactLine(), current.portalAddress(),
                PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), settings.profile().version());
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        signIn.as("admin");
        var before = settings.profile();
        assertField(() -> settings.save(new ClinicSettingsInput(" ", null, null, PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), before.version()),
                "name");
        assertField(() -> settings.save(new ClinicSettingsInput("Clinic", null,
                "https://user:secret@portal.example/", PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), before.version()), "portalAddress");
        assertField(() -> settings.save(new ClinicSettingsInput("Clinic", null,
                "https://portal.example/?token=abc", PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), before.version()), "portalAddress");
        assertField(() -> settings.save(new ClinicSettingsInput("Clinic", null, "ftp://portal.example/",
                PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS), before.version()), "portalAddress");
        assertField(() -> settings.save(new ClinicSettingsInput("Clinic", "x".repeat(201), null, PaperSize.A4, null, ClinicSettingsInput.DEFAULT_REVIEW_WEEKS),
                before.version()), "contactLine");
        for (Integer weeks : new Integer[] {null, 0, ClinicSettingsInput.MAX_REVIEW_WEEKS + 1}) {
            assertField(() -> settings.save(new ClinicSettingsInput("Clinic", null, null, PaperSize.A4, null, weeks),
                    before.version()), "reviewAfterWeeks");
        }
        assertThat(new ClinicSettingsInput("Clinic", null, null, PaperSize.A4, null,
                ClinicSettingsInput.MAX_REVIEW_WEEKS).problems()).isEmpty();
        assertField(() -> settings.replaceLogo(new Illustration(Illustration.SVG,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8))), "logo");
        assertField(() -> settings.replaceLogo(new Illustration("image/gif", new byte[] {1, 2})), "logo");
        assertField(() -> settings.replaceLogo(new Illustration(Illustration.PNG,
                new byte[ClinicSettingsService.MAX_LOGO_BYTES + 1])), "logo");
        assertThat(settings.profile()).usingRecursiveComparison().isEqualTo(before);
    }

    @Test
    void onlyTheAdminChangesThem() {
        signIn.as("anna.berg");
        var profile = settings.profile();
        assertThatThrownBy(() -> settings.save(profile.asInput(), profile.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> settings.replaceLogo(null)).isInstanceOf(AccessDeniedException.class);
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> settings.replaceLogo(null)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(settings::profile).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
