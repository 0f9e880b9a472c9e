package app.plumbline.catalog;

import java.util.Arrays;
import java.util.function.Function;

/** The catalog files write enum values as kebab-case codes ("lower-leg", "motor-control"). */
final class Codes {

    private Codes() {
    }

    static <E> E find(E[] values, Function<E, String> code, String wanted) {
        return Arrays.stream(values).filter(v -> code.apply(v).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(wanted));
    }
}
