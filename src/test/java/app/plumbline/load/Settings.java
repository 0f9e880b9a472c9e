package app.plumbline.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The driver's settings, from system properties ({@code -Dload.users=500}); defaults in brackets. */
record Settings(String baseUrl, long serverPid, List<String> patients, List<String> therapists, String password,
        int users, int rampSeconds, int holdSeconds, int thinkMin, int thinkMax, int idleSeconds,
        int heartbeatSeconds, int heapSessions, String gcLog, String scenario, int stormClients) {

    /** Patients sign in once and come back in the same session, as real ones do. */
    static final String STEADY = "steady";
    /** Every visit signs in anew and logs out at its end (the benchmark before issue 21). */
    static final String CHURN = "churn";

    static Settings fromSystemProperties() {
        return new Settings(
                prop("load.url", "http://127.0.0.1:8080/"),
                Long.parseLong(prop("load.pid", "0")),
                accounts(prop("load.patients", "maria.lopez,james.oconnor,sofia.rossi,david.kim,helen.wright,peter.novak")),
                accounts(prop("load.therapists", "anna.berg,tom.ruiz")),
                prop("load.password", "plumbline-demo"),
                Integer.parseInt(prop("load.users", "500")),
                Integer.parseInt(prop("load.ramp", "120")),
                Integer.parseInt(prop("load.hold", "300")),
                Integer.parseInt(prop("load.thinkMin", "5")),
                Integer.parseInt(prop("load.thinkMax", "15")),
                Integer.parseInt(prop("load.idle", "60")),
                Integer.parseInt(prop("load.heartbeat", "30")),
                Integer.parseInt(prop("load.heapSessions", "200")),
                prop("load.gcLog", ""),
                prop("load.scenario", STEADY),
                Integer.parseInt(prop("load.stormClients", "0")));
    }

    /**
     * A comma list of usernames, where an item may be a numbered range:
     * {@code patient{1..600}} or {@code patient{001..600}} (zero-padded like the first number).
     */
    static List<String> accounts(String spec) {
        List<String> names = new ArrayList<>();
        for (String item : spec.split(",")) {
            item = item.strip();
            int open = item.indexOf('{');
            int dots = item.indexOf("..");
            int close = item.indexOf('}');
            if (open < 0 || dots < open || close < dots) {
                if (!item.isEmpty()) {
                    names.add(item);
                }
                continue;
            }
            String first = item.substring(open + 1, dots);
            int from = Integer.parseInt(first);
            int to = Integer.parseInt(item.substring(dots + 2, close));
            String format = first.startsWith("0") ? "%0" + first.length() + "d" : "%d";
            for (int i = from; i <= to; i++) {
                names.add(item.substring(0, open) + String.format(format, i) + item.substring(close + 1));
            }
        }
        return names;
    }

    private static String prop(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    String describe() {
        return "scenario=" + scenario + (stormClients > 0 ? " storm=" + stormClients + " clients" : "")
                + " url=" + baseUrl + " users=" + users + " ramp=" + rampSeconds + "s hold=" + holdSeconds + "s think="
                + thinkMin + "-" + thinkMax + "s idle=" + idleSeconds + "s heartbeat=" + heartbeatSeconds
                + "s patients=" + patients.size() + " (" + patients.getFirst() + "…) therapists="
                + Arrays.toString(therapists.toArray());
    }
}
