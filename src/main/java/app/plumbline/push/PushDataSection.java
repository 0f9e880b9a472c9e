package app.plumbline.push;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The devices that receive the patient's push reminders, in the patient's data file: the device as
 * its browser named itself and since when. Never the push endpoint or its keys: with them anyone
 * could send the device notifications.
 */
@Component
class PushDataSection implements PatientDataSection {

    record DeviceData(String device, String since) {
    }

    private final PushSubscriptionRepository subscriptions;
    private final PatientAccess access;

    PushDataSection(PushSubscriptionRepository subscriptions, PatientAccess access) {
        this.subscriptions = subscriptions;
        this.access = access;
    }

    @Override
    public String name() {
        return "pushDevices";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        return subscriptions.findByPatientIdOrderById(access.reader(patientRef).id()).stream()
                .map(s -> new DeviceData(s.getUserAgent(), PatientDataSection.time(s.getCreatedAt(), zone))).toList();
    }
}
