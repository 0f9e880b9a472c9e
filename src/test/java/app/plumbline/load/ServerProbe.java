package app.plumbline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the server JVM from outside, with the JDK's own tools and /proc, so the app needs no
 * monitoring endpoint: CPU time, GC counts and times (jstat), live heap after a full GC (jcmd).
 */
final class ServerProbe {

    private static final Pattern PAUSE = Pattern.compile("Pause (Young|Full|Remark|Cleanup)[^\\n]*? (\\d+\\.\\d+)ms");

    private final long pid;
    private final String jdkBin;

    ServerProbe(long pid) {
        this.pid = pid;
        String home = System.getProperty("java.home");
        this.jdkBin = home + "/bin/";
    }

    /** User plus system CPU seconds the server process has used so far. */
    double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields after the command: state is f[0]; utime and stime are fields 14 and 15 of the whole line.
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** jstat -gc counters: YGC, YGCT, FGC, FGCT, CGC, CGCT, GCT. */
    Map<String, Double> gc() {
        String out = run(jdkBin + "jstat", "-gc", String.valueOf(pid));
        String[] lines = out.strip().split("\\R");
        Map<String, Double> values = new HashMap<>();
        if (lines.length < 2) {
            return values;
        }
        String[] names = lines[0].trim().split("\\s+");
        String[] numbers = lines[1].trim().split("\\s+");
        for (int i = 0; i < Math.min(names.length, numbers.length); i++) {
            try {
                values.put(names[i], Double.parseDouble(numbers[i].replace(',', '.')));
            } catch (NumberFormatException ignored) {
                values.put(names[i], Double.NaN);
            }
        }
        return values;
    }

    /** Bytes of live objects: jcmd's class histogram runs a full GC first and counts what survives. */
    long liveHeapBytes() {
        run(jdkBin + "jcmd", String.valueOf(pid), "GC.run");
        String out = run(jdkBin + "jcmd", String.valueOf(pid), "GC.class_histogram");
        Matcher total = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)").matcher(out);
        if (!total.find()) {
            throw new IllegalStateException("no Total line in the class histogram: " + VirtualBrowser.abbreviate(out));
        }
        return Long.parseLong(total.group(2));
    }

    /** Bytes of live objects by class (after a full GC). */
    java.util.Map<String, Long> liveBytesByClass() {
        run(jdkBin + "jcmd", String.valueOf(pid), "GC.run");
        String out = run(jdkBin + "jcmd", String.valueOf(pid), "GC.class_histogram");
        Matcher row = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE).matcher(out);
        java.util.Map<String, Long> bytes = new java.util.HashMap<>();
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    /** Pause times in a -Xlog:gc file, from a given line on: count, total ms and longest ms. */
    static double[] pauses(Path gcLog, int fromLine) {
        try {
            List<String> lines = Files.readAllLines(gcLog);
            double total = 0;
            double max = 0;
            int count = 0;
            for (String line : lines.subList(Math.min(fromLine, lines.size()), lines.size())) {
                Matcher m = PAUSE.matcher(line);
                if (m.find()) {
                    double ms = Double.parseDouble(m.group(2));
                    total += ms;
                    max = Math.max(max, ms);
                    count++;
                }
            }
            return new double[] {count, total, max};
        } catch (IOException e) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
    }

    static int lineCount(Path file) {
        try {
            return (int) Files.lines(file).count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes());
            process.waitFor(60, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
