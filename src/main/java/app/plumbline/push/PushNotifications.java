package app.plumbline.push;

import app.plumbline.audit.AuditLog;
import app.plumbline.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Sends a push reminder to all of a patient's devices, for features that remind (the reminder
 * schedule). It runs as the server, never for a signed-in user: a scheduled job calls it with no
 * one signed in, and a call from a user's request is refused (a patient tries their own devices
 * with {@link PushService#sendTest()}).
 *
 * <p><b>No health details:</b> a push message passes through the browser maker's push service and
 * shows on a lock screen. Title and text must never name an exercise, a pain rating, a diagnosis or
 * the clinic's kind of care: a greeting, the time and the link only (issue 18).
 */
@Service
public class PushNotifications {

    private final PushDelivery delivery;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PushNotifications(PushDelivery delivery, CurrentUser currentUser, AuditLog audit) {
        this.delivery = delivery;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * Sends the message to every subscription of the patient and removes those the push service
     * calls gone (404/410).
     *
     * @param title a short title, 1 to 80 characters, no health details
     * @param body one line of at most 240 characters, no health details
     * @param url the page of Plumbline a tap opens, a path of this server such as {@code /today}
     * @return whether at least one push service accepted it (the patient may still not see it:
     *         the device may be off, or the message expire after 4 hours)
     * @throws IllegalArgumentException when title, body or url do not fit the above
     */
    public boolean send(Long patientId, String title, String body, String url) {
        if (currentUser.get().isPresent()) {
            audit.denied(patientId, "push.send", "Push reminders are sent by the server, not for a signed-in user");
            throw new AccessDeniedException("Push reminders are sent by the server, not for a signed-in user");
        }
        var message = new PushMessage(title, body, url);
        return patientId != null && delivery.sendToPatient(patientId, message);
    }
}
