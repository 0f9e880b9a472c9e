package app.plumbline.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Kill -9 durability: each cycle starts {@link DurabilityWriter} in its own JVM on one data
 * directory, lets it save numbered sessions through the real service, kills it with SIGKILL at a
 * random moment, then opens the database and checks that every session whose save was
 * acknowledged is there with all its exercises. The next cycle's start opens the same database
 * again through the whole application (Flyway validation, Hibernate, the demo seed).
 *
 * <p>Run from the command line by {@code scripts/durability.sh}:
 * {@code DurabilityHarness <cycles> [--control]}; {@code --control} uses H2's default write delay,
 * where the harness must report lost sessions.
 */
public final class DurabilityHarness {

    /** The JDBC URL of the control run: the application's URL without WRITE_DELAY=0. */
    static String controlUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/plumbline;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** One cycle: how many saves were acknowledged before the kill, and which of them are missing. */
    public record Cycle(int number, long killedAfterMillis, int acknowledged, int stored, List<String> missing) {
        @Override
        public String toString() {
            return "cycle %3d: killed %4d ms after the first acknowledged save, %5d acknowledged, %5d stored, %d lost%s".formatted(
                    number, killedAfterMillis, acknowledged, stored, missing.size(),
                    missing.isEmpty() ? "" : " " + missing.subList(0, Math.min(5, missing.size())));
        }
    }

    public record Result(List<Cycle> cycles) {
        public int acknowledged() {
            return cycles.stream().mapToInt(Cycle::acknowledged).sum();
        }

        public int lost() {
            return cycles.stream().mapToInt(c -> c.missing().size()).sum();
        }

        public long cyclesWithLoss() {
            return cycles.stream().filter(c -> !c.missing().isEmpty()).count();
        }
    }

    /** The writer ended by itself before acknowledging anything (killed by someone else, out of memory). */
    static final class WriterDied extends IllegalStateException {
        WriterDied(String message) {
            super(message);
        }
    }

    private final Path dataDir;
    private final String url;
    private final Random random;
    private final PrintStream log;

    /**
     * @param url the JDBC URL for the writer, or {@code null} for the application's own
     */
    public DurabilityHarness(Path dataDir, String url, long seed, PrintStream log) {
        this.dataDir = dataDir.toAbsolutePath();
        this.url = url;
        this.random = new Random(seed);
        this.log = log;
    }

    public Result run(int cycles) throws Exception {
        Files.createDirectories(dataDir);
        Map<String, Integer> acknowledged = new LinkedHashMap<>();
        List<Cycle> results = new ArrayList<>();
        for (int cycle = 1; cycle <= cycles; cycle++) {
            long killAfter = random.nextInt(2000);
            Map<String, Integer> acked;
            try {
                acked = writeAndKill("c" + cycle + "-", killAfter);
            } catch (WriterDied e) {
                // Nothing was acknowledged in this cycle, so nothing can be missing: say so and try once more.
                log.println("cycle %3d: %s; starting it again".formatted(cycle, e.getMessage()));
                acked = writeAndKill("c" + cycle + "b-", killAfter);
            }
            acknowledged.putAll(acked);
            Map<String, Integer> stored = storedSessions();
            List<String> missing = new ArrayList<>();
            acknowledged.forEach((key, exercises) -> {
                if (!exercises.equals(stored.get(key))) {
                    missing.add(key);
                }
            });
            missing.sort(java.util.Comparator.comparingInt((String key) -> key.length()).thenComparing(key -> key));
            Cycle result = new Cycle(cycle, killAfter, acked.size(), stored.size(), missing);
            results.add(result);
            log.println(result);
            log.flush();
            if (!missing.isEmpty()) {
                // Forget what is lost, so the next cycle counts its own losses only.
                missing.forEach(acknowledged::remove);
            }
        }
        return new Result(results);
    }

    /**
     * Starts a writer, waits for its first acknowledged save, kills it with SIGKILL the given time
     * later; returns what it acknowledged.
     */
    private Map<String, Integer> writeAndKill(String prefix, long killAfterMillis) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), DurabilityWriter.class.getName(),
                dataDir.toString(), prefix));
        if (url != null) {
            command.add(url);
        }
        Process writer = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolve("writer.log").toFile()))
                .start();
        Map<String, Integer> acked = new HashMap<>();
        int[] exercises = {-1};
        CountDownLatch writing = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("READY ")) {
                        exercises[0] = Integer.parseInt(line.substring(6).strip());
                    } else if (line.startsWith("ACK ") && exercises[0] > 0) {
                        synchronized (acked) {
                            acked.put(line.split(" ")[1], exercises[0]);
                        }
                        writing.countDown();
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the writer is killed
            }
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!writing.await(200, TimeUnit.MILLISECONDS) && writer.isAlive() && System.nanoTime() < deadline) {
                // waiting for the application to start and acknowledge its first save
            }
            if (writing.getCount() > 0 && !writer.isAlive()) {
                throw new WriterDied("the writer stopped before its first save, exit code " + writer.exitValue()
                        + " (see " + dataDir.resolve("writer.log") + ")");
            }
            if (writing.getCount() > 0) {
                throw new IllegalStateException("The writer did not start within 180 s; see " + dataDir.resolve("writer.log"));
            }
            Thread.sleep(killAfterMillis);
            if (!writer.isAlive()) {
                throw new IllegalStateException("The writer stopped by itself; see " + dataDir.resolve("writer.log"));
            }
        } finally {
            writer.destroyForcibly(); // SIGKILL on Linux and macOS
            writer.waitFor();
            reader.join(10_000);
        }
        synchronized (acked) {
            return new HashMap<>(acked);
        }
    }

    /** Opens the database as it was left and reads the harness's sessions with their exercise counts. */
    private Map<String, Integer> storedSessions() throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir + "/plumbline", "plumbline", "");
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select s.submission_key, count(e.position) from session_log s "
                        + "left join exercise_log e on e.session_id = s.id where s.note like 'durability %' "
                        + "group by s.submission_key")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        return stored;
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.parseInt(args[0]);
        boolean control = List.of(args).contains("--control");
        long seed = System.nanoTime();
        // Named by the run's seed, not the date: the harness reads no wall clock.
        Path dir = Path.of("target", "durability", (control ? "control-" : "run-") + seed);
        System.out.printf("%s run: %d cycles, data in %s, seed %d, URL %s%n", control ? "Control" : "Durability",
                cycles, dir, seed, control ? controlUrl(dir) : "the application's own (WRITE_DELAY=0)");
        Result result = new DurabilityHarness(dir, control ? controlUrl(dir) : null, seed, System.out).run(cycles);
        System.out.printf("%s run: %d cycles, %d sessions acknowledged, %d lost, %d cycles with loss%n",
                control ? "Control" : "Durability", cycles, result.acknowledged(), result.lost(), result.cyclesWithLoss());
        boolean expected = control ? result.lost() > 0 : result.lost() == 0;
        System.out.println(expected ? "RESULT: as expected" : "RESULT: NOT as expected");
        System.exit(expected ? 0 : 1);
    }
}
