package app.plumbline.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the database lower-cases A–Z only, as PostgreSQL does in a database made
 * with the C locale: the searches for a patient's name and in the audit trail lower-case in SQL,
 * and would miss "Østergård" typed in any case (README, "PostgreSQL").
 */
@Component
class DatabaseLocale {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLocale.class);

    private final JdbcTemplate jdbc;

    DatabaseLocale(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfSearchesMissLettersBeyondAscii() {
        if (!lowersBeyondAscii()) {
            log.warn("The database lower-cases A-Z only (PostgreSQL with the C locale): a search misses "
                    + "names with other letters (Ø, ä, é) in any case they are typed. Make the database "
                    + "with a UTF-8 locale and move the data into it (README, \"PostgreSQL\").");
        }
    }

    boolean lowersBeyondAscii() {
        return "øä".equals(jdbc.queryForObject("select lower('ØÄ')", String.class));
    }
}
