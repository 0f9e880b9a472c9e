package app.plumbline.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.FieldProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceSubscriptionTest {

    /** As in application.properties. */
    private static final List<String> SERVICES = List.of("fcm.googleapis.com", ".push.services.mozilla.com",
            ".notify.windows.com", "web.push.apple.com");

    private final DeviceSubscription browser = FakePushService.browser(
            "https://fcm.googleapis.com/fcm/send/abc", "Chrome on Android");

    @Test
    void aBrowsersSubscriptionOverHttpsIsFine() {
        assertThat(browser.problems(false, SERVICES)).isEmpty();
    }

    @Test
    void onlyTheKnownPushServicesSoTheServerPostsNowhereElse() {
        for (String endpoint : new String[] {"https://fcm.googleapis.com/fcm/send/a",
                "https://updates.push.services.mozilla.com/wpush/v2/a", "https://wns2-par02p.notify.windows.com/w/?token=a",
                "https://web.push.apple.com/a"}) {
            var known = new DeviceSubscription(endpoint, browser.p256dh(), browser.auth(), "");
            assertThat(known.problems(false, SERVICES)).as(endpoint).isEmpty();
        }
        for (String endpoint : new String[] {"https://10.0.0.5/admin", "https://push.example/x",
                "https://evilfcm.googleapis.com.example/x", "https://notify.windows.com.evil/x",
                "https://apple.com/x"}) {
            var unknown = new DeviceSubscription(endpoint, browser.p256dh(), browser.auth(), "");
            assertThat(unknown.problems(false, SERVICES)).as(endpoint).extracting(FieldProblem::field)
                    .containsExactly("endpoint");
        }
    }

    @Test
    void plainHttpOnlyWhereConfigured() {
        var http = new DeviceSubscription("http://127.0.0.1:9/push", browser.p256dh(), browser.auth(), "");
        assertThat(http.problems(false, SERVICES)).extracting(FieldProblem::field).containsExactly("endpoint");
        assertThat(http.problems(true, SERVICES)).isEmpty();
    }

    @Test
    void noUserInfoNoRelativeAddressNoOversizedAddress() {
        for (String endpoint : new String[] {"https://user:pw@push.example/x", "/push/x", "https://",
                "https://push.example/" + "x".repeat(1000), " "}) {
            var subscription = new DeviceSubscription(endpoint, browser.p256dh(), browser.auth(), "");
            assertThat(subscription.problems(false, SERVICES)).as(endpoint).extracting(FieldProblem::field).contains("endpoint");
        }
    }

    @Test
    void theDeviceNameLosesControlCharactersAndIsCut() {
        var named = new DeviceSubscription(browser.endpoint(), browser.p256dh(), browser.auth(),
                "Chrome\u0000 on\nAndroid" + "x".repeat(200));
        assertThat(named.device()).startsWith("Chrome on").doesNotContain("\n").hasSize(DeviceSubscription.MAX_DEVICE);
    }
}
