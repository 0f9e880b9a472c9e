package app.plumbline.sessionlog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.catalog.CatalogService;
import app.plumbline.patient.PatientDetailsInput;
import app.plumbline.patient.PatientService;
import app.plumbline.program.Prescription;
import app.plumbline.program.ProgramContent;
import app.plumbline.program.ProgramService;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.testing.BrowserSessionForm;
import app.plumbline.testing.KaribuTest;
import app.plumbline.testing.TestClock;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A session can be changed for 24 hours after it is saved; after that it is only shown. */
class SessionEditViewTest extends KaribuTest {

    @Autowired
    PatientService patients;
    @Autowired
    ProgramService programs;
    @Autowired
    CatalogService catalog;
    @Autowired
    SessionLogService sessions;
    @Autowired
    TestClock clock;

    String username;
    Long session;

    @BeforeEach
    void aPatientWhoLoggedASession() {
        signIn.as("tom.ruiz");
        var created = patients.create(new PatientDetailsInput("Lea", "Locked", null, null, "en", null));
        username = created.activation().username();
        var stretch = catalog.prescribable().stream().filter(e -> e.slug().equals("doorway-pec-stretch"))
                .findFirst().orElseThrow();
        programs.publish(signIn.ref(created.patientId()), programs.draft(signIn.ref(created.patientId())).version(), new ProgramContent(null,
                null, List.of(new Prescription(stretch.id(), stretch.dosage(), null, null, null, null))), "Start");
        openAs(username, "today");
        var form = BrowserSessionForm.of(_get(SessionLogForm.class));
        assertThat(form.save(form.filledIn(1, "ABOUT_RIGHT"))).isEqualTo("{}");
        session = sessions.history(0, 1).sessions().getFirst().id();
        NotificationsKt.clearNotifications();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aSessionOlderThan24HoursIsShownWithoutSaveOrDelete() {
        clock.advance(Duration.ofHours(25));
        UI.getCurrent().navigate(SessionEditView.route(session));

        assertThat(_find(SessionLogForm.class)).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Delete this session"))).isEmpty();
        _get(Paragraph.class, s -> s.withText(SessionEditView.LOCKED));
        _get(SessionCard.class);
    }

    @Test
    void deletingAfterThe24HoursRanOutWhileThePageWasOpenIsRefusedWithAMessage() {
        UI.getCurrent().navigate(SessionEditView.route(session));
        clock.advance(Duration.ofHours(25));

        _click(_get(Button.class, s -> s.withText("Delete this session")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("This log is more than 24 hours old and can no longer be changed.");
        assertThat(sessions.history(0, 1).sessions()).singleElement()
                .satisfies(s -> assertThat(s.id()).isEqualTo(session));
        _get(Paragraph.class, s -> s.withText(SessionEditView.LOCKED));
    }
}
