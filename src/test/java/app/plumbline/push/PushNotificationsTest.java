package app.plumbline.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.InvalidInputException;
import app.plumbline.testing.DemoPatients;
import app.plumbline.testing.ServiceTest;
import app.plumbline.testing.SignIn;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Push reminders delivered to a push service on this machine: what the request carries (a VAPID
 * signature, a time to live, aes128gcm encryption), a subscription the push service calls gone is
 * removed, and who may turn reminders on, off and send.
 */
@ServiceTest
class PushNotificationsTest {

    @Autowired
    PushNotifications notifications;
    @Autowired
    PushService push;
    @Autowired
    VapidKeys vapidKeys;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPatients demo;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    private FakePushService pushService;
    private Long maria;

    @BeforeEach
    void start() throws Exception {
        pushService = new FakePushService();
        maria = demo.id("anna.berg", "Maria Lopez");
        signIn.out();
        jdbc.update("delete from push_subscription");
    }

    @AfterEach
    void stop() {
        signIn.out();
        pushService.close();
        jdbc.update("delete from push_subscription");
    }

    private DeviceSubscription turnOnAsMaria(String device) {
        signIn.as("maria.lopez");
        var subscription = FakePushService.browser(pushService.endpoint(device), "Chrome on Android");
        push.turnOn(subscription);
        signIn.out();
        return subscription;
    }

    @Test
    void aReminderReachesThePushServiceSignedEncryptedAndWithATimeToLive() {
        turnOnAsMaria("phone");

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isTrue();

        assertThat(pushService.received()).hasSize(1);
        var request = pushService.received().getFirst();
        assertThat(request.path()).isEqualTo("/push/phone");
        assertThat(request.header("Authorization")).startsWith("vapid t=").contains(", k=" + vapidKeys.publicKey());
        assertThat(request.header("TTL")).isEqualTo(Integer.toString(PushDelivery.TIME_TO_LIVE_SECONDS));
        assertThat(request.header("Content-Encoding")).isEqualTo("aes128gcm");
        assertThat(request.header("Urgency")).isEqualTo("normal");
        // Encrypted: the text is nowhere in the body; the aes128gcm header starts with the 16-byte salt
        // and the record size, then the server's one-time public key (65 bytes).
        assertThat(new String(request.body(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Time for your exercises").doesNotContain("/today");
        assertThat(request.body()[20]).isEqualTo((byte) 65);
        // The signature is a JWT for the push service's origin, signed with the stored key pair.
        String jwt = request.header("Authorization").substring("vapid t=".length()).split(",")[0];
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        assertThat(claims).contains("\"aud\":\"" + pushService.endpoint("").replace("/push/", "") + "\"")
                .contains("\"sub\":\"mailto:");
    }

    @Test
    void theBrowserDecryptsWhatVaadinsServiceWorkerShowsAndNothingElse() throws Exception {
        var browser = new FakePushService.Browser(pushService.endpoint("phone"), "Firefox on Linux");
        signIn.as("maria.lopez");
        push.turnOn(browser.subscription());
        signIn.out();

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isTrue();

        assertThat(browser.decrypt(pushService.received().getFirst().body())).isEqualTo(
                "{\"title\":\"Plumbline\",\"options\":{\"body\":\"Time for your exercises\",\"data\":{\"url\":\"/today\"}}}");
    }

    @Test
    void aSubscriptionThePushServiceCallsGoneIsRemoved() {
        turnOnAsMaria("old-phone");
        var laptop = turnOnAsMaria("laptop");
        pushService.answer(410);

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isFalse();

        assertThat(pushService.received()).extracting(FakePushService.Received::path)
                .containsExactly("/push/old-phone", "/push/laptop");
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isZero();
        signIn.as("maria.lopez");
        assertThat(push.isOn(laptop.endpoint())).isFalse();
    }

    @Test
    void aSubscriptionNotFoundIsRemovedAndTheOthersStillGetTheirs() {
        turnOnAsMaria("gone");
        pushService.answer(404);
        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isFalse();
        pushService.answer(201);
        turnOnAsMaria("tablet");

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isTrue();
        assertThat(pushService.received()).extracting(FakePushService.Received::path)
                .containsExactly("/push/gone", "/push/tablet");
    }

    @Test
    void aFailingPushServiceKeepsTheSubscription() {
        turnOnAsMaria("busy");
        pushService.answer(503);

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isOne();
    }

    @Test
    void aPatientWithoutDevicesGetsNothingAndThatIsSaid() {
        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isFalse();
        assertThat(pushService.received()).isEmpty();
    }

    @Test
    void onlyTheServerSendsAndOnlyShortPlainMessagesToAPageOfThisServer() {
        signIn.as("maria.lopez");
        assertThatThrownBy(() -> notifications.send(maria, "Plumbline", "Time for your exercises", "/today"))
                .isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> notifications.send(maria, "", "Time", "/today"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> notifications.send(maria, "Plumbline", "x".repeat(241), "/today"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        for (String url : new String[] {"https://evil.example/", "//evil.example/today", "today", "/to day"}) {
            assertThatThrownBy(() -> notifications.send(maria, "Plumbline", "Time", url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        }
    }

    @Test
    void theTestReminderGoesToThePatientsOwnDevicesAndIsAudited() {
        turnOnAsMaria("phone");
        signIn.as("maria.lopez");

        assertThat(push.sendTest()).isTrue();

        assertThat(pushService.received()).hasSize(1);
        audit.awaitWritten();
        assertThat(audit.actionsFor(maria)).contains("push.subscribe", "push.test");
    }

    @Test
    void turningOnTwiceKeepsOneSubscriptionAndOffRemovesIt() {
        var phone = turnOnAsMaria("phone");
        signIn.as("maria.lopez");
        push.turnOn(phone);
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isOne();
        assertThat(push.isOn(phone.endpoint())).isTrue();
        assertThat(jdbc.queryForObject("select user_agent from push_subscription", String.class))
                .isEqualTo("Chrome on Android");

        push.turnOff(phone.endpoint());

        assertThat(push.isOn(phone.endpoint())).isFalse();
        audit.awaitWritten();
        assertThat(audit.actionsFor(maria)).contains("push.unsubscribe");
    }

    @Test
    void aSharedDeviceMovesToThePatientSignedInNow() {
        var tablet = turnOnAsMaria("shared-tablet");
        signIn.as("david.kim");
        push.turnOn(tablet);
        assertThat(push.isOn(tablet.endpoint())).isTrue();
        signIn.as("maria.lopez");
        assertThat(push.isOn(tablet.endpoint())).isFalse();
        signIn.out();

        assertThat(notifications.send(maria, "Plumbline", "Time for your exercises", "/today")).isFalse();
        assertThat(pushService.received()).isEmpty();
    }

    @Test
    void whatNoBrowserWouldSendIsRefusedAtItsFieldAndNothingIsSaved() {
        signIn.as("maria.lopez");
        var good = FakePushService.browser(pushService.endpoint("phone"), "Firefox on Linux");

        assertThatThrownBy(() -> push.turnOn(new DeviceSubscription("ftp://push.example/x", good.p256dh(), good.auth(),
                "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("endpoint"));
        assertThatThrownBy(() -> push.turnOn(new DeviceSubscription(good.endpoint(), "AAAA", good.auth(), "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("keys"));
        assertThatThrownBy(() -> push.turnOn(new DeviceSubscription(good.endpoint(), good.p256dh(), "not base64!", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("keys"));
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isZero();
    }

    @Test
    void onlyAPatientTurnsRemindersOnForThemself() {
        var phone = FakePushService.browser(pushService.endpoint("phone"), "");
        signIn.as("anna.berg");
        assertThatThrownBy(() -> push.turnOn(phone)).isInstanceOf(AccessDeniedException.class);
        signIn.out();
        assertThatThrownBy(() -> push.turnOn(phone)).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("select count(*) from push_subscription", Integer.class)).isZero();
    }
}
