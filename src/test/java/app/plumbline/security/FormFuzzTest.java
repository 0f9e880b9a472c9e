package app.plumbline.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pushes random, oversized, unicode, control-character and markup input through the forms, the way
 * Karibu's user would: no server error, nothing half-saved (a patient always with its account, a
 * therapist always with a password), and nothing of the input rendered as markup.
 */
class FormFuzzTest extends KaribuTest {

    private static final int ROUNDS = 25;
    private static final String[] NASTY = {
        "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "\"><b>bold</b><!--", "</vaadin-grid>",
        "'; drop table patient; --", "%s%n%x", "\u0000", "\u0007\u001b[31m", "\r\n\t", "\u202Eevil\u202C",
        "Zoë Ångström-Łukasiewicz", "李小龍", "😀👨‍👩‍👧‍👦", "e\u0301\u0301\u0301", "   ", "", "a", "=HYPERLINK(\"x\")",
        "𝕏".repeat(300), "x".repeat(5000), "../../etc/passwd", "null", "NaN", "-1", "9".repeat(40)};

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(20261121);

    private String nasty() {
        var text = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int i = 0; i < parts; i++) {
            text.append(NASTY[random.nextInt(NASTY.length)]);
        }
        if (random.nextInt(5) == 0) {
            random.ints(1 + random.nextInt(40), 0, 0x2FFFF).filter(Character::isValidCodePoint)
                    .forEach(text::appendCodePoint);
        }
        return text.toString();
    }

    /** Fills every text input of the component (a dialog or the view) with something nasty. */
    private void fillAll(Component root) {
        for (var field : _find(root, TextField.class)) {
            field.setValue(nasty());
        }
        for (var field : _find(root, TextArea.class)) {
            field.setValue(nasty());
        }
        for (var field : _find(root, EmailField.class)) {
            field.setValue(nasty());
        }
        for (var field : _find(root, PasswordField.class)) {
            field.setValue(nasty());
        }
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    /** Nothing on screen was set as HTML from input: no Html components and no element with innerHTML holding it. */
    private void assertNothingRenderedAsMarkup() {
        List<String> markup = new ArrayList<>();
        collectMarkup(UI.getCurrent().getElement(), markup);
        assertThat(markup).as("elements with input rendered as markup").isEmpty();
        assertThat(_find(UI.getCurrent(), Html.class)).allSatisfy(html ->
                assertThat(html.getInnerHtml()).doesNotContain("onerror", "<script", "<b>bold"));
    }

    private void collectMarkup(Element element, List<String> markup) {
        String inner = element.getProperty("innerHTML");
        if (inner != null && (inner.contains("onerror") || inner.contains("<script") || inner.contains("<b>bold"))) {
            markup.add(element.getTag() + ": " + inner);
        }
        element.getChildren().forEach(child -> collectMarkup(child, markup));
    }

    /**
     * Opens the form, fills it, submits it, ROUNDS times; returns how many submissions were refused
     * (the dialog stayed open, or the view shows a field message), so a test can tell the form was
     * exercised both ways.
     */
    private int fuzz(Runnable open, String submit) {
        int refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            open.run();
            Component root = _find(Dialog.class).stream().filter(Dialog::isOpened).map(Component.class::cast)
                    .reduce((a, b) -> b).orElse(UI.getCurrent());
            fillAll(root);
            _click(_get(root, Button.class, spec -> spec.withText(submit)));
            assertNothingRenderedAsMarkup();
            boolean stillOpen = root instanceof Dialog dialog ? dialog.isOpened()
                    : _find(root, Component.class).stream()
                            .anyMatch(c -> c instanceof HasValidation field && field.isInvalid());
            if (stillOpen) {
                refused++;
            }
            _find(Dialog.class).forEach(Dialog::close);
        }
        return refused;
    }

    @Test
    void theMarkupCheckFindsMarkup() {
        openAs("anna.berg", "patients");
        var planted = new com.vaadin.flow.component.html.Span();
        planted.getElement().setProperty("innerHTML", "<img src=x onerror=alert(1)>");
        UI.getCurrent().add(planted);
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertNothingRenderedAsMarkup)
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void newPatientFormSavesAWholePatientOrNothing() {
        long patients = count("select count(*) from patient");
        long accounts = count("select count(*) from user_account");
        openAs("anna.berg", "patients");
        int refused = fuzz(() -> _click(_get(Button.class, spec -> spec.withText("New patient"))), "Create patient");
        long newPatients = count("select count(*) from patient") - patients;
        assertThat(refused).isPositive();
        assertThat(newPatients).isPositive().isEqualTo(ROUNDS - refused);
        assertThat(count("select count(*) from user_account") - accounts).isEqualTo(newPatients);
        assertThat(count("select count(*) from patient p where not exists "
                + "(select 1 from user_account a where a.id = p.account_id)")).isZero();
    }

    @Test
    void newTherapistFormSavesAWholeAccountOrNothing() {
        openAs("admin", "admin/users");
        assertThat(fuzz(() -> _click(_get(Button.class, spec -> spec.withText("New therapist"))),
                "Create account")).isPositive();
        assertThat(count("select count(*) from user_account where role = 'THERAPIST' and password_hash is null"))
                .isZero();
    }

    @Test
    void passwordAndActivationFormsRefuseGarbageCalmly() {
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'tom.ruiz'",
                String.class);
        openAs("tom.ruiz", "account/password");
        assertThat(fuzz(() -> { }, "Change password")).isEqualTo(ROUNDS);
        assertThat(jdbc.queryForObject("select password_hash from user_account where username = 'tom.ruiz'",
                String.class)).isEqualTo(hash);

        signIn.out();
        UI.getCurrent().navigate("activate");
        assertThat(fuzz(() -> { }, "Activate my account")).isEqualTo(ROUNDS);
    }
}
