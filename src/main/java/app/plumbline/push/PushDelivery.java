package app.plumbline.push;

import com.interaso.webpush.WebPush;
import com.interaso.webpush.WebPushService;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one message to each of a patient's subscriptions: encrypted (aes128gcm, RFC 8291), signed
 * with the server's VAPID keys, with a time to live after which the push service drops it. A
 * subscription the push service calls gone (404 or 410) is deleted. No database transaction is
 * held while a push service answers. The payload is what Vaadin's service worker shows:
 * {@code {"title", "options": {"body", "data": {"url"}}}}.
 */
@Component
class PushDelivery {

    private static final Logger log = LoggerFactory.getLogger(PushDelivery.class);
    /** A reminder not shown within 4 hours is stale; the push service then drops it. */
    static final int TIME_TO_LIVE_SECONDS = 4 * 60 * 60;

    private final PushSubscriptionRepository subscriptions;
    private final VapidKeys vapidKeys;
    private final TransactionTemplate transaction;
    private final String subject;
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile WebPushService service;

    PushDelivery(PushSubscriptionRepository subscriptions, VapidKeys vapidKeys, PlatformTransactionManager transactions,
            @Value("${plumbline.push.subject}") String subject) {
        this.subscriptions = subscriptions;
        this.vapidKeys = vapidKeys;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.subject = subject;
    }

    /** Sends to every subscription of the patient; true if at least one push service took it. */
    boolean sendToPatient(Long patientId, PushMessage message) {
        List<PushSubscription> targets = transaction.execute(s -> subscriptions.findByPatientIdOrderById(patientId));
        boolean delivered = false;
        for (PushSubscription target : targets) {
            delivered |= send(target, message);
        }
        return delivered;
    }

    private boolean send(PushSubscription target, PushMessage message) {
        byte[] payload = payload(message);
        try {
            var state = service().send(payload, target.getEndpoint(), decode(target.getP256dh()),
                    decode(target.getAuth()), TIME_TO_LIVE_SECONDS, null, WebPush.Urgency.Normal);
            if (state == WebPush.SubscriptionState.EXPIRED) {
                transaction.executeWithoutResult(s -> subscriptions.deleteByEndpoint(target.getEndpoint()));
                log.info("Web Push: subscription {} is gone at its push service; removed", target.getId());
                return false;
            }
            return true;
        } catch (Exception e) {
            // WebPushStatusException (Kotlin: not a RuntimeException) for other answers, IOException.
            // The endpoint names the patient's browser at a push service: log only the row's id.
            log.warn("Web Push: sending to subscription {} failed: {}", target.getId(), e.getMessage());
            return false;
        }
    }

    private byte[] payload(PushMessage message) {
        var root = json.createObjectNode();
        root.put("title", message.title());
        var options = root.putObject("options");
        options.put("body", message.body());
        options.putObject("data").put("url", message.url());
        return json.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    private WebPushService service() {
        var current = service;
        if (current == null) {
            current = new WebPushService(subject, vapidKeys.keys());
            service = current;
        }
        return current;
    }

    private static byte[] decode(String base64Url) {
        return java.util.Base64.getUrlDecoder().decode(base64Url.replace("=", ""));
    }
}
