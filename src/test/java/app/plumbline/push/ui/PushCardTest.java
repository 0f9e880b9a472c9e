package app.plumbline.push.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.push.FakePushService;
import app.plumbline.push.PushService;
import app.plumbline.testing.KaribuTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The card's states as the browser's answers lead to them (the check itself runs in the browser:
 * PushIT), and what the buttons do on the server.
 */
class PushCardTest extends KaribuTest {

    @Autowired
    PushService push;
    @Autowired
    JdbcTemplate jdbc;

    private FakePushService pushService;

    @BeforeEach
    void start() throws Exception {
        pushService = new FakePushService();
        jdbc.update("delete from push_subscription");
    }

    @AfterEach
    void stop() {
        pushService.close();
        jdbc.update("delete from push_subscription");
    }

    private PushCard card() {
        openAs("maria.lopez", PushService.PATIENT_ROUTE);
        _get(NotificationsView.class);
        return _get(PushCard.class);
    }

    private static String text() {
        return _get(Paragraph.class, spec -> spec.withClasses("push-card-text")).getText();
    }

    private static List<String> buttons() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(_get(PushCard.class), Button.class).stream()
                .filter(b -> b.isVisible()).map(Button::getText).toList();
    }

    @Test
    void whileTheBrowserIsAskedNothingIsOffered() {
        card();
        assertThat(text()).isEqualTo(PushCard.CHECKING_TEXT);
        assertThat(buttons()).isEmpty();
    }

    @Test
    void onIphoneInTheBrowserItSaysHowToAddTheAppToTheHomeScreen() {
        card().detected("ios-browser");
        assertThat(text()).contains("add Plumbline to the Home Screen first (Share → Add to Home Screen)");
        assertThat(buttons()).isEmpty();
    }

    @Test
    void blockedNotificationsAndBrowsersWithoutPushAreSaidAsSuch() {
        var card = card();
        card.detected("denied");
        assertThat(text()).startsWith("Notifications are blocked for this site in your browser settings");
        assertThat(buttons()).isEmpty();
        card.detected("unsupported");
        assertThat(text()).startsWith("This browser cannot receive reminders");
        assertThat(buttons()).isEmpty();
    }

    @Test
    void aBrowserThatCanIsOfferedToTurnRemindersOn() {
        card().detected("off");
        assertThat(text()).contains("never what you are doing");
        assertThat(buttons()).containsExactly("Turn on");
    }

    @Test
    void turnedOnItOffersATestAndTurningOffThenOff() {
        var card = card();
        card.detected("off");
        var device = FakePushService.browser(pushService.endpoint("phone"), "");
        var json = JsonMapper.builder().build().createObjectNode();
        json.put("endpoint", device.endpoint());
        json.putObject("keys").put("p256dh", device.p256dh()).put("auth", device.auth());

        card.subscribed(json);

        assertThat(card.state()).isEqualTo(DeviceSupport.ON);
        assertThat(text()).isEqualTo(PushCard.ON_TEXT);
        assertThat(buttons()).containsExactly("Send a test reminder", "Turn off");
        assertThat(push.isOn(device.endpoint())).isTrue();

        _click(_get(Button.class, spec -> spec.withText("Send a test reminder")));
        assertThat(pushService.received()).hasSize(1);

        _click(_get(Button.class, spec -> spec.withText("Turn off")));
        assertThat(card.state()).isEqualTo(DeviceSupport.OFF);
        assertThat(buttons()).containsExactly("Turn on");
        assertThat(push.isOn(device.endpoint())).isFalse();
    }

    @Test
    void aBrowserSubscribedForSomeoneElseShowsOffHere() {
        var card = card();
        card.detected("subscribed " + pushService.endpoint("not-known-here"));
        assertThat(card.state()).isEqualTo(DeviceSupport.OFF);
        assertThat(buttons()).containsExactly("Turn on");
    }

    @Test
    void aSubscriptionNoBrowserWouldMakeIsRefusedAndTheCardStaysOff() {
        var card = card();
        card.detected("off");
        var json = JsonMapper.builder().build().createObjectNode();
        json.put("endpoint", pushService.endpoint("phone"));

        card.subscribed(json);

        assertThat(card.state()).isEqualTo(DeviceSupport.OFF);
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isZero();
    }

    @Test
    void onlyPatientsHaveTheScreen() {
        signIn.as("anna.berg");
        assertRefused(PushService.PATIENT_ROUTE);
    }
}
