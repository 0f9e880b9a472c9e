package app.plumbline.adherence;

import app.plumbline.patient.PatientService;
import app.plumbline.patient.PatientSummary;
import app.plumbline.security.SystemAccounts;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour ({@code plumbline.standings.cron}), works out the standings of each clinic's patients
 * that a new day or a write made stale, so the therapist who opens the home first in the morning
 * does not wait for the whole clinic's computation. Hourly, because each clinic's day starts at its
 * own midnight; a clinic whose standings are current costs a read of its patients and their rows.
 * It runs as one of the clinic's therapists, through the same services and checks as the home.
 * The database lock lets one instance at a time run it.
 */
@Component
class StandingsJob {

    static final String LOCK = "standings";

    private static final Logger log = LoggerFactory.getLogger(StandingsJob.class);

    private final SystemAccounts system;
    private final PatientService patients;
    private final StandingService standings;

    StandingsJob(SystemAccounts system, PatientService patients, StandingService standings) {
        this.system = system;
        this.patients = patients;
        this.standings = standings;
    }

    @Scheduled(cron = "${plumbline.standings.cron}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT10S")
    public void run() {
        for (Long therapist : system.aTherapistOfEachClinic()) {
            try {
                system.runAs(therapist, () -> standings.standings(
                        patients.clinicPatients().stream().map(PatientSummary::id).toList()));
            } catch (RuntimeException e) {
                // The home computes what is still stale when it opens; the next hour tries again.
                log.warn("Standings of the clinic of account {} not worked out ahead: {}", therapist, e.toString());
            }
        }
    }
}
