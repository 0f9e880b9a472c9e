package app.plumbline.adherence;

import app.plumbline.program.VersionPublished;
import app.plumbline.sessionlog.SessionLogChanged;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each patient's standing as last computed ({@code patient_standing}), so the therapist's home does
 * not compute a whole clinic's on every view. A row holds for the day in as_of. A write that changes
 * a patient's standing marks the row stale and moves its generation on, in the writer's
 * transaction; a reader that computed a standing stores it only if the generation it read before
 * computing is still the row's, so a standing computed from logs older than a concurrent write is
 * never kept.
 */
@Component
class StoredStandings {

    private static final String COLUMNS = "patient_id, has_program, adherence14, days_without_log, last_session, "
            + "worse_twice, max_pain7, mean_pain7, first_session, first_week_pain, first_published, "
            + "scheduled_days_so_far";

    private final NamedParameterJdbcTemplate jdbc;

    StoredStandings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SessionLogChanged changed) {
        stale(changed.patientId());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(VersionPublished published) {
        stale(published.patientId());
    }

    private void stale(Long patientId) {
        jdbc.update("update patient_standing set as_of = null, generation = generation + 1 where patient_id = :patient",
                Map.of("patient", patientId));
    }

    /** The standings stored for the day of those patients; stale and missing ones are left out. */
    Map<Long, Standing> current(Collection<Long> patientIds, LocalDate today) {
        Map<Long, Standing> result = new HashMap<>();
        if (!patientIds.isEmpty()) {
            jdbc.query("select " + COLUMNS + " from patient_standing where patient_id in (:ids) and as_of = :today",
                    Map.of("ids", patientIds, "today", Date.valueOf(today)),
                    rs -> {
                        result.put(rs.getLong(1), standing(rs));
                    });
        }
        return result;
    }

    /**
     * The generation of each patient's row, adding a stale row for a patient who has none (a
     * patient created after the table was). Commit before computing: a write from then on moves it.
     */
    Map<Long, Long> generations(Collection<Long> patientIds) {
        Map<Long, Long> result = read(patientIds);
        List<Long> missing = patientIds.stream().filter(id -> !result.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            jdbc.batchUpdate("insert into patient_standing (patient_id) values (:patient)", missing.stream()
                    .map(id -> new MapSqlParameterSource("patient", id)).toArray(SqlParameterSource[]::new));
            missing.forEach(id -> result.put(id, 0L));
        }
        return result;
    }

    /** Keeps the standings computed for the day whose row is still at the generation read before. */
    void store(Collection<Standing> standings, Map<Long, Long> generations, LocalDate today) {
        jdbc.batchUpdate("update patient_standing set as_of = :today, has_program = :hasProgram, "
                        + "adherence14 = :adherence14, days_without_log = :daysWithoutLog, last_session = :lastSession, "
                        + "worse_twice = :worseTwice, max_pain7 = :maxPain7, mean_pain7 = :meanPain7, "
                        + "first_session = :firstSession, first_week_pain = :firstWeekPain, "
                        + "first_published = :firstPublished, scheduled_days_so_far = :soFar "
                        + "where patient_id = :patient and generation = :generation",
                standings.stream().map(s -> new MapSqlParameterSource()
                        .addValue("today", Date.valueOf(today))
                        .addValue("hasProgram", s.hasProgram())
                        .addValue("adherence14", s.adherence14())
                        .addValue("daysWithoutLog", s.scheduledDaysWithoutLog())
                        .addValue("lastSession", date(s.lastSession()))
                        .addValue("worseTwice", s.worseTwiceInARow())
                        .addValue("maxPain7", s.maxPain7())
                        .addValue("meanPain7", s.meanPain7())
                        .addValue("firstSession", date(s.firstSession()))
                        .addValue("firstWeekPain", s.firstWeekPain())
                        .addValue("firstPublished", date(s.firstPublished()))
                        .addValue("soFar", s.scheduledDaysSoFar())
                        .addValue("patient", s.patientId())
                        .addValue("generation", generations.get(s.patientId())))
                        .toArray(SqlParameterSource[]::new));
    }

    private Map<Long, Long> read(Collection<Long> patientIds) {
        Map<Long, Long> result = new HashMap<>();
        if (!patientIds.isEmpty()) {
            jdbc.query("select patient_id, generation from patient_standing where patient_id in (:ids)",
                    Map.of("ids", patientIds), rs -> {
                        result.put(rs.getLong(1), rs.getLong(2));
                    });
        }
        return result;
    }

    private static Standing standing(ResultSet rs) throws SQLException {
        return new Standing(rs.getLong("patient_id"), rs.getBoolean("has_program"), integer(rs, "adherence14"),
                rs.getInt("days_without_log"), localDate(rs, "last_session"), rs.getBoolean("worse_twice"),
                integer(rs, "max_pain7"), decimal(rs, "mean_pain7"), localDate(rs, "first_session"),
                decimal(rs, "first_week_pain"), localDate(rs, "first_published"), rs.getInt("scheduled_days_so_far"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
