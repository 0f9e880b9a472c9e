package app.plumbline.load;

import de.mkammerer.argon2.Argon2;
import de.mkammerer.argon2.Argon2Factory;
import java.util.Arrays;

/**
 * Argon2id checks with the app's parameters (16 MiB, 2 passes, 1 lane), N of them back to back:
 * the cost that sets a sign-in storm's limit. Prints two figures in milliseconds: the time per
 * check over the whole run (N divided by the time they took: the rate a core sustains, to compare
 * with sign-ins served per second) and the median check. On a shared machine a few checks take far
 * longer than the rest, so the median alone overstates the rate. The benchmark runs it pinned to the
 * server's core(s), before the server starts and after it stops, so the limit is that core's, at
 * that hour (this machine's speed drifts by a fifth from one run to the next).
 * {@code java app.plumbline.load.Argon2Check [N]} prints "per-check median".
 */
final class Argon2Check {

    private Argon2Check() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        double[] millis = checkMillis(n);
        double total = Arrays.stream(millis).sum();
        Arrays.sort(millis);
        System.out.printf(java.util.Locale.ROOT, "%.2f %.2f%n", total / n, millis[n / 2]);
    }

    private static double[] checkMillis(int n) {
        Argon2 argon2 = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32);
        String hash = argon2.hash(2, 1 << 14, 1, "a storm password".toCharArray());
        for (int i = 0; i < 5; i++) {
            argon2.verify(hash, "a storm password".toCharArray());
        }
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            argon2.verify(hash, "a storm password".toCharArray());
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }
}
