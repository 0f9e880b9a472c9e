package app.plumbline.push;

import app.plumbline.audit.AuditLog;
import app.plumbline.base.FieldProblem;
import app.plumbline.base.InvalidInputException;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in patient's own devices for push reminders: turning them on and off on this device
 * (audited, without the push address) and a test reminder. Only the patient themself; a device
 * that subscribed for another patient before (a shared tablet) moves to the one signed in now.
 */
@Service
public class PushService {

    /** The patient's Notifications screen. */
    public static final String PATIENT_ROUTE = "notifications";
    static final String TEST_TITLE = "Plumbline";
    static final String TEST_BODY = "This is a test reminder. Reminders will look like this.";

    private final PushSubscriptionRepository subscriptions;
    private final PatientAccess access;
    private final VapidKeys vapidKeys;
    private final PushDelivery delivery;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final boolean allowHttp;
    private final List<String> services;

    PushService(PushSubscriptionRepository subscriptions, PatientAccess access, VapidKeys vapidKeys,
            PushDelivery delivery, AuditLog audit, PlatformTransactionManager transactions, Clock clock,
            @Value("${plumbline.push.allow-http-endpoints:false}") boolean allowHttp,
            @Value("${plumbline.push.services}") List<String> services) {
        this.subscriptions = subscriptions;
        this.access = access;
        this.vapidKeys = vapidKeys;
        this.delivery = delivery;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.allowHttp = allowHttp;
        this.services = services;
    }

    /** The server's public key, for the browser to subscribe with; a patient's screen asks for it. */
    public String publicKey() {
        access.self();
        return vapidKeys.publicKey();
    }

    /** Whether this device (its push address) receives the signed-in patient's reminders. */
    @Transactional(readOnly = true)
    public boolean isOn(String endpoint) {
        PatientRef me = access.self("Checked whether reminders are on for this device");
        return endpoint != null && subscriptions.existsByPatientIdAndEndpoint(me.id(), endpoint);
    }

    /**
     * Turns reminders on for this device. Refuses what a browser would not send (no HTTPS push
     * address, malformed keys), naming the field; nothing is saved then.
     */
    @Transactional
    public void turnOn(DeviceSubscription device) {
        PatientRef me = access.self();
        List<FieldProblem> problems = device == null ? List.of(new FieldProblem("endpoint", "No subscription"))
                : device.problems(allowHttp, services);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var existing = subscriptions.findByEndpoint(device.endpoint());
        if (existing.isPresent() && existing.get().getPatientId().equals(me.id())) {
            subscriptions.delete(existing.get());
        } else if (existing.isPresent()) {
            subscriptions.delete(existing.get());
            audit.write(existing.get().getPatientId(), "push.unsubscribe", "device moved to another patient's account");
        }
        subscriptions.flush();
        subscriptions.save(new PushSubscription(me.id(), device, clock.instant()));
        audit.write(me.id(), "push.subscribe", device.device().isEmpty() ? "a device" : device.device());
    }

    /** Turns reminders off for this device (nothing to do when it was not on). */
    @Transactional
    public void turnOff(String endpoint) {
        PatientRef me = access.self();
        int removed = endpoint == null ? 0 : subscriptions.deleteByPatientIdAndEndpoint(me.id(), endpoint);
        audit.write(me.id(), "push.unsubscribe", removed == 0 ? "was not on" : "this device");
    }

    /** Sends a test reminder to all of the patient's devices; true if a push service took it. */
    public boolean sendTest() {
        PatientRef me = access.self();
        transaction.executeWithoutResult(s -> audit.write(me.id(), "push.test", null));
        return delivery.sendToPatient(me.id(), new PushMessage(TEST_TITLE, TEST_BODY, "/" + PATIENT_ROUTE));
    }
}
