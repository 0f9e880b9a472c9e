package app.plumbline.testing;

import app.plumbline.security.Role;
import app.plumbline.security.SystemAccounts;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A clinic of its own for the fuzz tests, with a therapist and an admin: what the fuzz saves
 * (odd clinic settings, thresholds, templates, clinic exercises, patients) never reaches the
 * demo clinic the other tests read.
 */
public final class FuzzClinic {

    public static final String THERAPIST = "fuzz.pt";
    public static final String ADMIN = "fuzz.admin";

    private FuzzClinic() {
    }

    /** Makes sure the clinic and its two accounts exist; returns the clinic's id. */
    public static Long ensure(SystemAccounts system) {
        return system.accountId(THERAPIST).flatMap(system::clinicOf).orElseGet(() -> {
            Long clinic = system.createClinic("Fuzz Physio", false).getId();
            var password = system.hash("long enough fuzz pw");
            system.ensureAccount(clinic, THERAPIST, "Fiona Fuzz", Role.THERAPIST, password);
            system.ensureAccount(clinic, ADMIN, "Fred Fuzz", Role.ADMIN, password);
            return clinic;
        });
    }

    /** The versions of the clinic's rows in a settings table: changes whenever one of them is saved. */
    public static LongSupplier versions(JdbcTemplate jdbc, String table, Long clinic) {
        return () -> Objects.hash(jdbc.queryForList("select version from " + table + " where clinic_id = ?",
                Long.class, clinic));
    }
}
