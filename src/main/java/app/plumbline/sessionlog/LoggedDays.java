package app.plumbline.sessionlog;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many sessions a patient logged per day, and nothing else: for the reminder job, which runs
 * without a signed-in user and only needs to know whether a day was logged.
 */
@Component
public class LoggedDays {

    private final SessionLogRepository sessions;

    LoggedDays(SessionLogRepository sessions) {
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public Map<LocalDate, Integer> sessionsPerDay(Long patientId, LocalDate from, LocalDate to) {
        Map<LocalDate, Integer> days = new HashMap<>();
        for (Object[] row : sessions.daySummaries(patientId, from, to)) {
            days.put((LocalDate) row[0], ((Number) row[1]).intValue());
        }
        return days;
    }
}
