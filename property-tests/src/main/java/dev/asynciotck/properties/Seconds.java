package dev.asynciotck.properties;

import java.math.BigDecimal;

/** Milliseconds written as a Python float literal of seconds, as generated programs need them. */
final class Seconds {

    private Seconds() {
    }

    /** @return e.g. {@code 0.012} for 12, {@code 0.0} for 0, {@code -0.005} for -5 */
    static String of(int ms) {
        String plain = BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }
}
