package dev.asynciotck.api;

import java.util.List;

/**
 * Linux's numbers of the standard Unix signals (1 to 31), which {@link EventLoop#addSignalHandler}
 * takes, by name without the {@code SIG} prefix, as {@code sun.misc.Signal} names them: SIGUSR1 is
 * 10, SIGCHLD 17. Python's {@code signal} module gives the same numbers on Linux.
 *
 * <p>Clauses: {@code SIGNAL-HANDLER-1}, {@code SIGNAL-NUMBER-1}.
 */
public final class UnixSignals {

    private static final List<String> NAMES = List.of("HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS",
            "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP",
            "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS");

    private UnixSignals() {
    }

    /**
     * @param sig a signal number
     * @return its name without {@code SIG} ({@code USR1}), or null outside 1 to 31
     */
    public static String name(int sig) {
        return sig >= 1 && sig <= NAMES.size() ? NAMES.get(sig - 1) : null;
    }

    /**
     * @param name a signal's name, with or without {@code SIG} ({@code SIGUSR1}, {@code USR1})
     * @return its number on Linux
     * @throws IllegalArgumentException for a name that is not one of them
     */
    public static int number(String name) {
        int i = NAMES.indexOf(name.startsWith("SIG") ? name.substring(3) : name);
        if (i < 0) {
            throw new IllegalArgumentException("not a Unix signal: " + name);
        }
        return i + 1;
    }
}
