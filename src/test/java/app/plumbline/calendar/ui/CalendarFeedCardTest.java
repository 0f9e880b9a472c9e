package app.plumbline.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.calendar.CalendarFeedService;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.KaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The patient's Calendar screen: switch on, the address and its links, renew (confirmed), switch off. */
class CalendarFeedCardTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoPatients demo;
    @Autowired
    CalendarFeedService feeds;

    @BeforeEach
    void noFeed() {
        jdbc.update("delete from calendar_feed");
    }

    @Test
    void thePatientSwitchesItOnAndGetsTheAddressWithItsLinks() {
        openAs("maria.lopez", "calendar");
        _assertNone(TextArea.class);

        _click(_get(Button.class, spec -> spec.withText("Switch on calendar")));

        String address = _get(TextArea.class, spec -> spec.withLabel("Calendar address")).getValue();
        assertThat(address).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        String webcal = _get(Anchor.class, spec -> spec.withText("Open in Apple Calendar or Thunderbird")).getHref();
        assertThat(webcal).isEqualTo(address.replace("http://", "webcal://"));
        String google = _get(Anchor.class, spec -> spec.withText("Add to Google Calendar")).getHref();
        assertThat(google).startsWith("https://calendar.google.com/calendar/r?cid=");
        assertThat(URLDecoder.decode(google.substring(google.indexOf("cid=") + 4), StandardCharsets.UTF_8))
                .isEqualTo(webcal);
        _get(Button.class, spec -> spec.withText("Copy address"));

        newTabAs("maria.lopez", "calendar");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Calendar address")).getValue())
                .as("the same address, for a second device").isEqualTo(address);
    }

    @Test
    void renewingAsksFirstThenShowsANewAddress() {
        openAs("maria.lopez", "calendar");
        _click(_get(Button.class, spec -> spec.withText("Switch on calendar")));
        String first = _get(TextArea.class, spec -> spec.withLabel("Calendar address")).getValue();

        _click(_get(Button.class, spec -> spec.withText("Renew address")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Calendar address")).getValue()).isEqualTo(first);

        _click(_get(Button.class, spec -> spec.withText("Renew address")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Calendar address")).getValue())
                .isNotEqualTo(first).matches("http://[^/]+/calendar/.+\\.ics");
    }

    @Test
    void switchingOffRemovesTheAddress() {
        openAs("maria.lopez", "calendar");
        _click(_get(Button.class, spec -> spec.withText("Switch on calendar")));

        _click(_get(Button.class, spec -> spec.withText("Switch off")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        _assertNone(TextArea.class);
        _get(Button.class, spec -> spec.withText("Switch on calendar"));
        signIn.as("maria.lopez");
        assertThat(feeds.status(signIn.ref(demo.id("anna.berg", "Maria Lopez"))).on()).isFalse();
    }

    @Test
    void therapistsCannotOpenThePatientsCalendarScreen() {
        signIn.as("anna.berg");
        assertRefused("calendar");
    }
}
