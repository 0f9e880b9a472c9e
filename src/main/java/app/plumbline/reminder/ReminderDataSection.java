package app.plumbline.reminder;

import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientDataSection;
import app.plumbline.patient.PatientRef;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The patient's reminder plan in the patient's data file: on or off, days, times in the clinic's
 * time zone, channels, and whether an email says when the clinic has written. Never the unsubscribe
 * token (it would let whoever holds the file switch the emails off); null when there is no plan.
 */
@Component
class ReminderDataSection implements PatientDataSection {

    record ReminderData(boolean on, List<DayOfWeek> days, List<String> times, String timeZone,
            List<String> channels, LocalDate activeFrom, boolean messageEmails) {
    }

    private final ReminderPlanRepository plans;
    private final PatientAccess access;

    ReminderDataSection(ReminderPlanRepository plans, PatientAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public Object data(PatientRef patientRef, ZoneId zone) {
        return plans.findByPatientId(access.reader(patientRef).id()).map(p -> new ReminderData(p.isEnabled(),
                p.days().stream().sorted().toList(), p.timeList().stream().map(LocalTime::toString).toList(), zone.getId(),
                p.channels().stream().sorted().map(Channel::label).toList(), p.getActiveFrom(), p.isMessageNotices()))
                .orElse(null);
    }
}
