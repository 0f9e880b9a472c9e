package app.plumbline.reminder;

import app.plumbline.calendar.SessionTimes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The calendar feed's events at the times the patient chose for their reminders, whether reminders
 * are on or not; no times chosen: the feed's defaults. The feed has checked its address; this
 * reads only times, nothing about the patient's health.
 */
@Component
class ChosenSessionTimes implements SessionTimes {

    private final ReminderPlanRepository plans;

    ChosenSessionTimes(ReminderPlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public List<LocalTime> timesOn(Long patientId, LocalDate day, int sessions) {
        return plans.findByPatientId(patientId).map(ReminderPlan::timeList).orElse(List.of());
    }
}
