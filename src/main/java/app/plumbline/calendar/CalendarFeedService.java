package app.plumbline.calendar;

import app.plumbline.audit.AuditLog;
import app.plumbline.patient.PatientAccess;
import app.plumbline.patient.PatientRef;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The patient's calendar subscription. Only the patient switches it on, renews or switches off the
 * address and sees it; their therapist sees only whether it is on. Each change is one audit row,
 * never with the token.
 */
@Service
public class CalendarFeedService {

    /** The patient's Calendar screen. */
    public static final String PATIENT_ROUTE = "calendar";

    private final CalendarFeedRepository feeds;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, PatientAccess access, CurrentUser currentUser, AuditLog audit,
            Clock clock) {
        this.feeds = feeds;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the feed is on, for the patient or a therapist of the patient's clinic. */
    @Transactional(readOnly = true)
    public CalendarFeedStatus status(PatientRef patientRef) {
        PatientRef patient = access.reader(patientRef);
        return feeds.findByPatientIdAndRevokedAtIsNull(patient.id())
                .map(f -> new CalendarFeedStatus(true, f.getCreatedAt())).orElse(CalendarFeedStatus.OFF);
    }

    /** The patient's own working address, if the feed is on; never for a therapist. */
    @Transactional(readOnly = true)
    public Optional<FeedAddress> address(PatientRef patientRef) {
        PatientRef patient = own(patientRef);
        return feeds.findByPatientIdAndRevokedAtIsNull(patient.id()).map(f -> new FeedAddress(f.getToken()));
    }

    /** Switches the feed on (a new address); when it is on already, keeps the address it has. */
    @Transactional
    public FeedAddress switchOn(PatientRef patientRef) {
        PatientRef patient = own(patientRef);
        Optional<CalendarFeed> current = feeds.findByPatientIdAndRevokedAtIsNull(patient.id());
        if (current.isPresent()) {
            return new FeedAddress(current.get().getToken());
        }
        CalendarFeed feed = feeds.save(new CalendarFeed(patient.id(), patient.clinicId(), patient.accountId(), clock.instant()));
        audit.write(patient.id(), "calendar.on", "calendar feed switched on");
        return new FeedAddress(feed.getToken());
    }

    /** A new address; the old one stops working at once. Also switches the feed on if it was off. */
    @Transactional
    public FeedAddress renew(PatientRef patientRef) {
        PatientRef patient = own(patientRef);
        boolean wasOn = revokeCurrent(patient);
        CalendarFeed feed = feeds.save(new CalendarFeed(patient.id(), patient.clinicId(), patient.accountId(), clock.instant()));
        audit.write(patient.id(), "calendar.renew", wasOn ? "calendar address renewed, the old one revoked"
                : "calendar address created");
        return new FeedAddress(feed.getToken());
    }

    /** Switches the feed off: the address stops working. Nothing happens when it is off already. */
    @Transactional
    public void switchOff(PatientRef patientRef) {
        PatientRef patient = own(patientRef);
        if (revokeCurrent(patient)) {
            audit.write(patient.id(), "calendar.off", "calendar feed switched off, its address revoked");
        }
    }

    private boolean revokeCurrent(PatientRef patient) {
        Optional<CalendarFeed> current = feeds.findByPatientIdAndRevokedAtIsNull(patient.id());
        current.ifPresent(f -> {
            f.revoke(clock.instant());
            feeds.saveAndFlush(f);
        });
        return current.isPresent();
    }

    /** Only the patient themself: a therapist's proof is refused (and the refusal audited). */
    private PatientRef own(PatientRef patientRef) {
        currentUser.require(Role.PATIENT);
        return access.reader(patientRef);
    }
}
