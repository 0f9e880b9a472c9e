package app.plumbline.reminder;

import app.plumbline.base.ClinicCalendar;
import app.plumbline.clinic.PortalAddresses;
import app.plumbline.message.UnreadMessages;
import app.plumbline.patient.PatientContacts;
import app.plumbline.sessionlog.LoggedDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due at an instant, for every enabled plan, through every chosen channel. Each
 * reminder is first claimed by its outbox row (unique per patient, channel, kind and due time) in
 * its own transaction, and only the instance whose claim is saved sends it: two instances never
 * send the same reminder, even without the scheduler lock.
 */
@Component
class ReminderSender {

    private static final Logger log = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderPlanRepository plans;
    private final OutboxRepository outbox;
    private final Map<Channel, ReminderChannel> channels;
    private final PatientContacts contacts;
    private final LoggedDays loggedDays;
    private final UnreadMessages unreadMessages;
    private final PortalAddresses portals;
    private final ClinicCalendar calendar;
    private final ReminderSettings settings;
    private final TransactionTemplate tx;

    ReminderSender(ReminderPlanRepository plans, OutboxRepository outbox, List<ReminderChannel> channels,
            PatientContacts contacts, LoggedDays loggedDays, UnreadMessages unreadMessages, PortalAddresses portals, ClinicCalendar calendar,
            ReminderSettings settings, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.outbox = outbox;
        this.channels = channels.stream().collect(Collectors.toMap(ReminderChannel::channel, Function.identity()));
        this.contacts = contacts;
        this.loggedDays = loggedDays;
        this.unreadMessages = unreadMessages;
        this.portals = portals;
        this.calendar = calendar;
        this.settings = settings;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Sends every reminder due at the instant; returns how many outbox rows this call wrote. */
    int sendDue(Instant now) {
        return sendDue(List.of(now));
    }

    /**
     * Sends what was due at each of the instants, in order, as runs of the job at those instants
     * would have (the demo clinic's outbox); each plan's data is read once.
     */
    int sendDue(List<Instant> runs) {
        int written = 0;
        Map<Long, Instant> unread = new HashMap<>(unreadMessages.oldestFromTheClinic());
        for (ReminderPlan plan : plans.findByEnabledTrue()) {
            try {
                written += sendDue(plan, runs, unread.remove(plan.getPatientId()));
            } catch (RuntimeException e) {
                log.warn("Reminders for patient {} not sent: {}", plan.getPatientId(), e.toString());
            }
        }
        // Patients without reminders on still hear that the clinic has written, unless they said no.
        for (var waiting : unread.entrySet()) {
            try {
                written += noticeOnly(waiting.getKey(), runs, waiting.getValue());
            } catch (RuntimeException e) {
                log.warn("Message notice for patient {} not sent: {}", waiting.getKey(), e.toString());
            }
        }
        return written;
    }

    private int noticeOnly(Long patientId, List<Instant> runs, Instant oldestUnread) {
        var contact = contacts.forJob(patientId).filter(c -> c.active() && c.email() != null).orElse(null);
        if (contact == null || runs.isEmpty()) {
            return 0;
        }
        ReminderPlan plan = plans.findByPatientId(patientId).orElse(null);
        if (plan == null) {
            LocalDate today = LocalDate.ofInstant(runs.getFirst(), calendar.zone(contact.clinicId()));
            plan = claimPlan(ReminderPlan.noticesOnly(patientId, contact.clinicId(), today));
        }
        return plan == null || !plan.isMessageNotices() ? 0 : sendDue(plan, runs, oldestUnread);
    }

    /** The saved plan, or the one another instance saved first for the same patient. */
    private ReminderPlan claimPlan(ReminderPlan plan) {
        try {
            return tx.execute(s -> plans.saveAndFlush(plan));
        } catch (DataIntegrityViolationException taken) {
            return plans.findByPatientId(plan.getPatientId()).orElse(null);
        }
    }

    private int sendDue(ReminderPlan plan, List<Instant> runs, Instant oldestUnread) {
        var contact = contacts.forJob(plan.getPatientId()).filter(c -> c.active()).orElse(null);
        if (contact == null || runs.isEmpty()) {
            return 0;
        }
        ZoneId zone = calendar.zone(plan.getClinicId());
        NudgeRules rules = settings.rules();
        Instant first = runs.getFirst();
        Instant last = runs.getLast();
        Map<LocalDate, Integer> logged = loggedDays.sessionsPerDay(plan.getPatientId(),
                LocalDate.ofInstant(first, zone).minusDays(7L * rules.missedDays() + 8), LocalDate.ofInstant(last, zone));
        Set<DueReminders.Claimed> claimed = outbox.findByPatientIdAndScheduledForAfter(plan.getPatientId(),
                first.minus(Duration.ofDays(2))).stream()
                .map(e -> new DueReminders.Claimed(e.getKind(), e.getScheduledFor()))
                .collect(Collectors.toCollection(HashSet::new));
        String portal = portals.of(plan.getClinicId()).map(ReminderSettings::withoutSlash).orElse(settings.baseUrl());
        String unsubscribe = portal + "/reminders/unsubscribe/" + plan.getUnsubscribeToken();
        ReminderTimes times = plan.times(zone);
        int written = 0;
        for (Instant now : runs) {
            List<DueReminders.Due> dueNow = new ArrayList<>(
                    DueReminders.due(times, plan.getActiveFrom(), rules, now, logged, claimed));
            DueReminders.messageNotice(oldestUnread, rules, zone, now, claimed).ifPresent(dueNow::add);
            for (DueReminders.Due due : dueNow) {
                claimed.add(new DueReminders.Claimed(due.kind(), due.instant()));
                for (Channel channel : due.kind() == ReminderKind.MESSAGE ? plan.noticeChannels() : plan.channels()) {
                    ReminderChannel sender = channels.get(channel);
                    if (sender == null) {
                        continue;
                    }
                    OutboxEntry claim = claim(new OutboxEntry(plan.getPatientId(), plan.getClinicId(), channel,
                            due.kind(), due.instant(), now));
                    if (claim == null) {
                        continue;
                    }
                    Delivery delivery = sender.send(new ReminderMessage(plan.getPatientId(), contact.email(),
                            contact.givenName(), due.kind(), due.at(), portal, unsubscribe));
                    tx.executeWithoutResult(s -> outbox.findById(claim.getId()).orElseThrow().delivered(delivery));
                    written++;
                }
            }
        }
        return written;
    }

    /** The saved claim, or null when another instance (or an earlier run) holds it already. */
    private OutboxEntry claim(OutboxEntry entry) {
        try {
            return tx.execute(s -> outbox.saveAndFlush(entry));
        } catch (DataIntegrityViolationException taken) {
            return null;
        }
    }
}
