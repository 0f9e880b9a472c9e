package app.plumbline.adherence;

import app.plumbline.adherence.AdherenceCalculator.SetsDone;
import app.plumbline.adherence.AdherenceCalculator.VersionSpan;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The standing of many patients at once, for the therapist's home: a fixed handful of queries
 * summed in the database whatever the number of patients, then the adherence calculator per patient.
 */
@Service
public class StandingService {

    static final int PAIN_DAYS = 7;

    private final ProgramService programs;
    private final SessionFigures sessions;
    private final LogSummaries summaries;
    private final CurrentUser currentUser;

    StandingService(ProgramService programs, SessionFigures sessions, LogSummaries summaries,
            CurrentUser currentUser) {
        this.summaries = summaries;
        this.programs = programs;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /** The standing of each of the given patients of the therapist's clinic (others are left out). */
    @Transactional(readOnly = true)
    public Map<Long, Standing> standings(List<Long> patientIds) {
        currentUser.require(Role.THERAPIST);
        LocalDate today = currentUser.today();
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
