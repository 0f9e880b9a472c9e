package app.plumbline.move;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The command line of a move: {@code java -jar plumbline.jar --plumbline.move=export|import
 * --plumbline.move.file=clinic.zip} (with {@code --spring.profiles.active=postgres} for
 * PostgreSQL). Starts only the data source and Flyway from the usual configuration, never the web
 * app, its scheduled jobs or its start-up seeding, so the import's target stays as Flyway made it.
 * Flyway brings the database to this release's schema first, as starting Plumbline would.
 */
public final class MoveCommand {

    static final String MODE = "plumbline.move";
    static final String FILE = "plumbline.move.file";

    private MoveCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(a -> a.startsWith("--" + MODE + "="));
    }

    /** Runs the move and returns the process's exit code: 0 done and verified, 1 refused or failed. */
    public static int run(String[] args) {
        PrintStream out = System.out;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MoveContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment environment = context.getEnvironment();
            String mode = environment.getProperty(MODE, "");
            String file = environment.getProperty(FILE, "");
            if (file.isBlank()) {
                throw new MoveException("Name the archive with --" + FILE + "=clinic.zip");
            }
            DataSource dataSource = context.getBean(DataSource.class);
            String version = schemaVersion(context.getBean(Flyway.class));
            long started = System.nanoTime();
            MoveReport report = switch (mode) {
                case "export" -> new ClinicExport(Clock.systemUTC()).export(dataSource, version, Path.of(file));
                case "import" -> ClinicImport.withMigrations(environment.getProperty("spring.flyway.locations",
                        String[].class, new String[] {"classpath:db/migration"})).importInto(dataSource, version, Path.of(file));
                default -> throw new MoveException("--" + MODE + " is export or import, not \"" + mode + "\".");
            };
            String seconds = String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - started) / 1e9);
            out.print(report.format());
            out.println(mode.equals("export") ? "Exported to " + file + " at schema version " + version + " in " + seconds + "."
                    : "Imported " + file + " at schema version " + version + " in " + seconds + "; every table verified.");
            return 0;
        } catch (MoveException e) {
            System.err.println("Move refused or failed: " + e.getMessage());
            return 1;
        }
    }

    static String schemaVersion(Flyway flyway) {
        MigrationInfo current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new MoveException("The database has no Flyway schema version.");
        }
        return current.getVersion().getVersion();
    }

    /** Only what a move needs from the application's configuration: the data source and Flyway. */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class MoveContext {
    }
}
