package app.plumbline.reminder;

import app.plumbline.push.PushNotifications;
import org.springframework.stereotype.Component;

/**
 * Reminders as push notifications to the patient's installed app or browser (module push): the
 * subject as title, {@link ReminderMessage#body()} as text, and a tap opens Today.
 */
@Component
class PushChannel implements ReminderChannel {

    private final PushNotifications push;

    PushChannel(PushNotifications push) {
        this.push = push;
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public Delivery send(ReminderMessage message) {
        try {
            return push.send(message.patientId(), message.subject(), message.body(), "/today") ? Delivery.sent()
                    : Delivery.failed("No device of the patient took the notification (none turned on, or gone).");
        } catch (RuntimeException e) {
            return Delivery.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
