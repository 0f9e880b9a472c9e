package app.plumbline.durability;

import app.plumbline.Application;
import app.plumbline.program.ActiveProgram;
import app.plumbline.sessionlog.Difficulty;
import app.plumbline.sessionlog.ExerciseLog;
import app.plumbline.sessionlog.SessionInput;
import app.plumbline.sessionlog.SessionLogService;
import app.plumbline.sessionlog.SessionSummary;
import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The child process of the durability harness: boots the application (demo profile, the given
 * data directory and JDBC URL), signs in as a demo patient and saves numbered sessions through
 * {@link SessionLogService#save} until it is killed. After each save has returned it prints
 * {@code ACK <key> <id>}: only then is the log acknowledged.
 *
 * <p>Arguments: data directory, key prefix, and optionally a JDBC URL instead of the application's own
 * (the control run drops {@code WRITE_DELAY=0} from it).
 */
public final class DurabilityWriter {

    static final String PATIENT = "maria.lopez";

    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        String dataDir = args[0];
        String prefix = args[1];
        List<String> arguments = new java.util.ArrayList<>(List.of("--plumbline.data-dir=" + dataDir,
                "--server.port=0",
                "--vaadin.devmode.devTools.enabled=false", "--logging.level.root=warn", "--spring.main.banner-mode=off"));
        if (args.length > 2) {
            arguments.add("--spring.datasource.url=" + args[2]);
        }
        // Standard output carries only READY and ACK lines; the application's log goes to standard error.
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
        System.setOut(System.err);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run(arguments.toArray(String[]::new));
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(PATIENT);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SessionLogService sessions = context.getBean(SessionLogService.class);
        List<ExerciseLog> done = sessions.today().program().items().stream().map(DurabilityWriter::done).toList();
        out.println("READY " + done.size());
        out.flush();
        for (long n = 1; ; n++) {
            String key = prefix + n;
            SessionSummary saved = sessions.save(new SessionInput(key, done, "durability " + key));
            out.println("ACK " + key + " " + saved.id());
            out.flush();
        }
    }

    private static ExerciseLog done(ActiveProgram.Item item) {
        var dosage = item.prescription().dosage();
        int sets = dosage.sets() == null ? 1 : dosage.sets();
        return new ExerciseLog(item.prescription().exerciseId(), dosage.sets(), dosage.reps(), dosage.holdSeconds(),
                sets, dosage.reps(), dosage.holdSeconds(), null, 1, Difficulty.ABOUT_RIGHT);
    }
}
