package app.plumbline.sessionlog;

import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each patient's row of {@code patient_log_summary} (first and latest session day, pain in
 * the week from the first) true: every write of a patient's sessions recomputes it from the logs,
 * in the writer's transaction, so the summary never disagrees with a committed log.
 */
@Component
class LogSummary {

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    LogSummary(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** After the writer changed the patient's sessions; flushes them first so the SQL sees them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Long patientId) {
        entityManager.flush();
        jdbc.update("delete from patient_log_summary where patient_id = ?", patientId);
        jdbc.update("""
                insert into patient_log_summary
                    (patient_id, first_day, last_day, first_week_pain_sum, first_week_pain_count)
                select f.patient_id, f.first_day, f.last_day,
                       coalesce((select sum(e.pain) from session_log s join exercise_log e on e.session_id = s.id
                                 where s.patient_id = f.patient_id
                                   and s.session_date < f.first_day + interval '7' day), 0),
                       (select count(e.pain) from session_log s join exercise_log e on e.session_id = s.id
                        where s.patient_id = f.patient_id and s.session_date < f.first_day + interval '7' day)
                from (select patient_id, min(session_date) as first_day, max(session_date) as last_day
                      from session_log where patient_id = ? group by patient_id) f""", patientId);
    }
}
