package dev.asynciotck.interpreter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The signals this process catches and ignores, as Linux sees them ({@code SigCgt} and
 * {@code SigIgn} of {@code /proc/self/status}): what {@code raise_signal} asks before it raises a
 * signal that would end the process, and what the leak check compares before and after a program
 * (RESOURCE-SIGNAL-1). The Python driver's {@code tck_resources} reads the same lines.
 */
public final class ProcessSignals {

    private static final Path STATUS = Path.of("/proc/self/status");

    private ProcessSignals() {
    }

    /** @return {@code SigCgt} and {@code SigIgn} as bit masks (bit {@code n - 1} for signal n), or null off Linux */
    public static Map<String, Long> masks() {
        try {
            Map<String, Long> out = new HashMap<>();
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("SigCgt:") || line.startsWith("SigIgn:")) {
                    out.put(line.substring(0, 6), Long.parseUnsignedLong(line.substring(7).strip(), 16));
                }
            }
            return out.size() == 2 ? out : null;
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * @param sig a signal number
     * @return whether the process catches or ignores it; false where that cannot be told
     */
    static boolean caughtOrIgnored(int sig) {
        Map<String, Long> masks = masks();
        return masks != null && masks.values().stream().anyMatch(mask -> (mask >>> (sig - 1) & 1) != 0);
    }

    /**
     * @param sig a signal number
     * @return whether a loop may catch it: not glibc's own 32 and 33, which it installs for its threads
     */
    public static boolean forLoops(int sig) {
        return sig >= 1 && sig <= 64 && sig != 32 && sig != 33;
    }
}
