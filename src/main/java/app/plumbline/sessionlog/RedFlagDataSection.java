package app.plumbline.sessionlog;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The warnings the patient's logs raised for the therapist (severe pain, mornings worse twice in a
 * row), oldest first, and whether the therapist has seen each: part of the clinical record.
 */
@Component
class RedFlagDataSection implements PatientDataSection {

    record RedFlagData(String reason, String raisedAt, boolean seenByTherapist) {
    }

    private final RedFlagRepository flags;
    private final PatientAccess access;

    RedFlagDataSection(RedFlagRepository flags, PatientAccess access) {
        this.flags = flags;
        this.access = access;
    }

    @Override
    public String name() {
        return "redFlags";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        return flags.findByPatientIdOrderByRaisedAtDesc(access.reader(patientRef).id()).reversed().stream()
                .map(f -> new RedFlagData(f.getReason(), PatientDataSection.time(f.getRaisedAt(), zone), !f.isOpen()))
                .toList();
    }
}
