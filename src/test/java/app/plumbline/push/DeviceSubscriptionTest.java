package app.plumbline.push;

import static org.assertj.core.api.Assertions.assertThat;

import app.plumbline.base.FieldProblem;
import org.junit.jupiter.api.Test;

class DeviceSubscriptionTest {

    private final DeviceSubscription browser = FakePushService.browser(
            "https://fcm.googleapis.com/fcm/send/abc", "Chrome on Android");

    @Test
    void aBrowsersSubscriptionOverHttpsIsFine() {
        assertThat(browser.problems(false)).isEmpty();
    }

    @Test
    void plainHttpOnlyWhereConfigured() {
        var http = new DeviceSubscription("http://127.0.0.1:9/push", browser.p256dh(), browser.auth(), "");
        assertThat(http.problems(false)).extracting(FieldProblem::field).containsExactly("endpoint");
        assertThat(http.problems(true)).isEmpty();
    }

    @Test
    void noUserInfoNoRelativeAddressNoOversizedAddress() {
        for (String endpoint : new String[] {"https://user:pw@push.example/x", "/push/x", "https://",
                "https://push.example/" + "x".repeat(1000), " "}) {
            var subscription = new DeviceSubscription(endpoint, browser.p256dh(), browser.auth(), "");
            assertThat(subscription.problems(false)).as(endpoint).extracting(FieldProblem::field).contains("endpoint");
        }
    }

    @Test
    void theDeviceNameLosesControlCharactersAndIsCut() {
        var named = new DeviceSubscription(browser.endpoint(), browser.p256dh(), browser.auth(),
                "Chrome\u0000 on\nAndroid" + "x".repeat(200));
        assertThat(named.device()).startsWith("Chrome on").doesNotContain("\n").hasSize(DeviceSubscription.MAX_DEVICE);
    }
}
