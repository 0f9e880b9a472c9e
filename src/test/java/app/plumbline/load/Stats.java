package app.plumbline.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Round-trip times per request kind, and errors per kind. Samples are only kept while
 * {@link #recording} is on (the hold phase), so the ramp does not blur the figures; the counts
 * of the whole run are kept apart.
 */
final class Stats {

    volatile boolean recording;
    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> allRequests = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();

    void record(String metric, long nanos) {
        allRequests.computeIfAbsent(metric, k -> new AtomicLong()).incrementAndGet();
        if (recording) {
            List<Long> list = samples.computeIfAbsent(metric, k -> new ArrayList<>());
            synchronized (list) {
                list.add(nanos);
            }
        }
    }

    void error(String kind, String message) {
        errors.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(kind, message);
    }

    void count(String event) {
        events.computeIfAbsent(event, k -> new AtomicLong()).incrementAndGet();
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long requests() {
        return allRequests.values().stream().mapToLong(AtomicLong::get).sum();
    }

    Map<String, Long> errors() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    Map<String, String> firstErrors() {
        return new TreeMap<>(firstError);
    }

    Map<String, Long> events() {
        Map<String, Long> copy = new TreeMap<>();
        events.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    /** Percentiles in milliseconds of one kind, or of all kinds together when {@code metric} is null. */
    Percentiles percentiles(String metric) {
        long[] values;
        if (metric == null) {
            values = samples.values().stream().flatMap(l -> {
                synchronized (l) {
                    return new ArrayList<>(l).stream();
                }
            }).mapToLong(Long::longValue).toArray();
        } else {
            List<Long> list = samples.getOrDefault(metric, List.of());
            synchronized (list) {
                values = list.stream().mapToLong(Long::longValue).toArray();
            }
        }
        return Percentiles.of(values);
    }

    /** Like {@link #percentiles(String)} over several kinds. */
    Percentiles percentiles(List<String> metrics) {
        long[] values = metrics.stream().flatMap(m -> {
            List<Long> list = samples.getOrDefault(m, List.of());
            synchronized (list) {
                return new ArrayList<>(list).stream();
            }
        }).mapToLong(Long::longValue).toArray();
        return Percentiles.of(values);
    }

    List<String> metrics() {
        return samples.keySet().stream().sorted().toList();
    }

    record Percentiles(int count, double p50, double p95, double p99, double max) {

        static Percentiles of(long[] nanos) {
            if (nanos.length == 0) {
                return new Percentiles(0, 0, 0, 0, 0);
            }
            Arrays.sort(nanos);
            return new Percentiles(nanos.length, at(nanos, 0.50), at(nanos, 0.95), at(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
        }

        // Nearest-rank percentile.
        private static double at(long[] sorted, double p) {
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }

        String row(String name) {
            return String.format("| %-22s | %7d | %8.1f | %8.1f | %8.1f | %8.1f |", name, count, p50, p95, p99, max);
        }

        static String header() {
            return "| request                | count   | p50 ms   | p95 ms   | p99 ms   | max ms   |\n"
                    + "|------------------------|---------|----------|----------|----------|----------|";
        }
    }
}
