package app.plumbline.reminder;

/**
 * A way to deliver reminders. Email is built in; another module (push) adds its own bean, and the
 * job sends each due reminder through every channel the patient chose that has a bean.
 */
public interface ReminderChannel {

    Channel channel();

    /** Delivers the message or says why not; never throws for a delivery problem. */
    Delivery send(ReminderMessage message);
}
