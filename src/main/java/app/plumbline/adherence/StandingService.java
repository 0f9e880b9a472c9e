package app.plumbline.adherence;

import app.plumbline.adherence.AdherenceCalculator.SetsDone;
import app.plumbline.adherence.AdherenceCalculator.VersionSpan;
import app.plumbline.patient.PatientAccess;
import app.plumbline.program.ProgramService;
import app.plumbline.program.ProgramService.PublishedVersion;
import app.plumbline.security.CurrentUser;
import app.plumbline.security.Role;
import app.plumbline.sessionlog.RecentFigures;
import app.plumbline.sessionlog.SessionFigures;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The standing of many patients at once, for the therapist's home. Kept per patient and day in
 * {@link StoredStandings}: a view reads the stored ones in one query and computes only those a
 * write or a new day made stale, with a fixed handful of queries summed in the database whatever
 * their number, then the adherence calculator per patient. Computing and storing run in their own
 * transactions, which see only committed logs; a caller within a transaction of its own gets
 * standings computed in it, and nothing is stored.
 */
@Service
public class StandingService {

    private static final Logger log = LoggerFactory.getLogger(StandingService.class);

    static final int PAIN_DAYS = 7;

    private final ProgramService programs;
    private final SessionFigures sessions;
    private final LogSummaries summaries;
    private final StoredStandings stored;
    private final PatientAccess access;
    private final CurrentUser currentUser;
    private final TransactionTemplate newTransaction;
    private final TransactionTemplate newReadOnlyTransaction;

    StandingService(ProgramService programs, SessionFigures sessions, LogSummaries summaries, StoredStandings stored,
            PatientAccess access, CurrentUser currentUser, PlatformTransactionManager transactions) {
        this.summaries = summaries;
        this.programs = programs;
        this.sessions = sessions;
        this.stored = stored;
        this.access = access;
        this.currentUser = currentUser;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnlyTransaction = new TransactionTemplate(transactions);
        this.newReadOnlyTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.newReadOnlyTransaction.setReadOnly(true);
    }

    /** The standing of each of the given patients of the therapist's clinic (others are left out). */
    public Map<Long, Standing> standings(List<Long> patientIds) {
        currentUser.require(Role.THERAPIST);
        LocalDate today = currentUser.today();
        Set<Long> mine = access.ofMyClinic(patientIds);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // Within the caller's transaction, which may hold logs not yet committed: compute there and keep
            // nothing (transactions of our own would also take a second connection from the pool).
            return compute(List.copyOf(mine), today);
        }
        Map<Long, Standing> result = new HashMap<>(stored.current(mine, today));
        Set<Long> stale = mine.stream().filter(id -> !result.containsKey(id)).collect(Collectors.toSet());
        if (!stale.isEmpty()) {
            result.putAll(computeAndStore(stale, today));
        }
        return result;
    }

    private Map<Long, Standing> computeAndStore(Set<Long> patientIds, LocalDate today) {
        Map<Long, Long> generations = generations(patientIds);
        // Read-only: the persistence context holding every patient's program history is never flushed.
        Map<Long, Standing> computed = newReadOnlyTransaction.execute(status -> compute(List.copyOf(patientIds), today));
        try {
            newTransaction.executeWithoutResult(status -> stored.store(computed.values(), generations, today));
        } catch (DataAccessException e) {
            // A concurrent write holds a row: what was computed is still right to show; the next view stores it.
            log.debug("Standings not stored this time", e);
        }
        return computed;
    }

    /** The rows' generations, committed before computing; a second try if another view added a row at once. */
    private Map<Long, Long> generations(Set<Long> patientIds) {
        try {
            return newTransaction.execute(status -> stored.generations(patientIds));
        } catch (DuplicateKeyException e) {
            return newTransaction.execute(status -> stored.generations(patientIds));
        }
    }

    private Map<Long, Standing> compute(List<Long> patientIds, LocalDate today) {
        Map<Long, RecentFigures> figures = sessions.recentFigures(patientIds,
                today.minusDays(AdherenceService.WINDOW_DAYS), today.minusDays(PAIN_DAYS - 1L), today);
        Map<Long, List<PublishedVersion>> histories = programs.histories(patientIds);
        Map<Long, LogSummaries.LogSummary> logs = summaries.of(figures.keySet());
        Map<Long, Standing> result = new HashMap<>();
        figures.forEach((id, f) -> result.put(id, standing(id, histories.getOrDefault(id, List.of()), f,
                logs.getOrDefault(id, LogSummaries.LogSummary.NONE), today)));
        return result;
    }

    static Standing standing(Long patientId, List<PublishedVersion> history, RecentFigures f,
            LogSummaries.LogSummary log, LocalDate today) {
        List<VersionSpan> spans = AdherenceService.spans(history);
        // The window ends yesterday: a patient who has not exercised yet today has not missed it.
        LocalDate yesterday = today.minusDays(1);
        LocalDate windowStart = today.minusDays(AdherenceService.WINDOW_DAYS);
        List<SetsDone> done = f.sets().stream().map(s -> new SetsDone(s.day(), s.exerciseId(), s.sets())).toList();
        Set<LocalDate> sessionDays = f.sessionDays().stream().map(RecentFigures.SessionDay::day)
                .collect(Collectors.toSet());
        Integer adherence = spans.isEmpty() ? null
                : AdherenceCalculator.compute(spans, done, sessionDays, windowStart, yesterday).exercises().percent();
        LocalDate start = spans.isEmpty() ? null : spans.getFirst().from();
        int soFar = start == null || !start.isBefore(today) ? 0 : AdherenceCalculator.compute(spans, List.of(),
                Set.of(), start, yesterday.isAfter(start.plusDays(59)) ? start.plusDays(59) : yesterday).days().expected();
        int missed = 0;
        if (!spans.isEmpty()) {
            LocalDate since = log.lastSession() == null ? spans.getFirst().from() : log.lastSession().plusDays(1);
            if (since.isBefore(today)) {
                missed = AdherenceCalculator.compute(spans, List.of(), Set.of(), since, today.minusDays(1))
                        .days().expected();
            }
        }
        List<RecentFigures.SessionDay> days = f.sessionDays();
        boolean worseTwice = days.size() >= 2 && days.getLast().worseNextMorning()
                && days.get(days.size() - 2).worseNextMorning();
        return new Standing(patientId, !spans.isEmpty(), adherence, missed, log.lastSession(), worseTwice,
                f.maxPain(), f.meanPain(), log.firstSession(), log.firstWeekPain(),
                history.isEmpty() ? null : history.getFirst().publishedOn(), soFar);
    }
}
