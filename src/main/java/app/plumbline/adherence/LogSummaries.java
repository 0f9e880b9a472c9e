package app.plumbline.adherence;

import app.plumbline.sessionlog.SessionLogChanged;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adherence's own summary of each patient's logs ({@code patient_log_summary}): first and latest
 * session day and the first week's pain, the baseline the pain alert compares with. Kept from the
 * session log's {@link SessionLogChanged} event, in the writer's transaction, so it never disagrees
 * with a committed log, and read for a whole clinic at once by the therapist's home.
 */
@Component
class LogSummaries {

    /** One patient's summary; firstWeekPain is null when no pain was logged in the first week. */
    record LogSummary(LocalDate firstSession, LocalDate lastSession, Double firstWeekPain) {

        static final LogSummary NONE = new LogSummary(null, null, null);
    }

    private final NamedParameterJdbcTemplate jdbc;

    LogSummaries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SessionLogChanged changed) {
        Map<String, Object> row = new HashMap<>();
        row.put("patient", changed.patientId());
        jdbc.update("delete from patient_log_summary where patient_id = :patient", row);
        if (changed.firstDay() == null) {
            return;
        }
        row.put("first", Date.valueOf(changed.firstDay()));
        row.put("last", Date.valueOf(changed.lastDay()));
        row.put("sum", changed.firstWeekPainSum());
        row.put("count", changed.firstWeekPainCount());
        jdbc.update("insert into patient_log_summary (patient_id, first_day, last_day, first_week_pain_sum, "
                + "first_week_pain_count) values (:patient, :first, :last, :sum, :count)", row);
    }

    /** The summaries of the given patients (those without sessions are left out). */
    @Transactional(readOnly = true)
    Map<Long, LogSummary> of(Collection<Long> patientIds) {
        Map<Long, LogSummary> result = new HashMap<>();
        if (patientIds.isEmpty()) {
            return result;
        }
        jdbc.query("select patient_id, first_day, last_day, first_week_pain_sum, first_week_pain_count "
                + "from patient_log_summary where patient_id in (:ids)", Map.of("ids", patientIds), rs -> {
                    int count = rs.getInt(5);
                    result.put(rs.getLong(1), new LogSummary(rs.getDate(2).toLocalDate(),
                            rs.getDate(3).toLocalDate(), count == 0 ? null : (double) rs.getInt(4) / count));
                });
        return result;
    }
}
