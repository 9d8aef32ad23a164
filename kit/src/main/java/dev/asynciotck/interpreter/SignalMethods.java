package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.UnixSignals;
import dev.asynciotck.api.ValueError;
import dev.asynciotck.vocabulary.Vocabulary;
import java.util.List;
import java.util.Set;
import sun.misc.Signal;

/**
 * Unix signals in the language: the loop's {@code add_signal_handler} and
 * {@code remove_signal_handler}, the kit's {@code raise_signal}, and the signal numbers (the
 * vocabulary's builtins of role {@code signal}: {@code SIGUSR1} is Linux's 10).
 */
final class SignalMethods {

    /** The signals whose default action ends the process (the vocabulary's {@code signal_defaults}). */
    private static final Set<Integer> END_THE_PROCESS = numbers(Vocabulary.load().signalsEndingTheProcess());

    /** The signals the system ignores by default (the vocabulary's {@code signal_defaults}). */
    private static final Set<Integer> IGNORED = numbers(Vocabulary.load().signalsIgnored());

    private SignalMethods() {
    }

    private static Set<Integer> numbers(List<String> names) {
        return names.stream().map(UnixSignals::number).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The loop's signal methods, for the loop's table. */
    static <T extends EventLoop> Methods.Table<T> loopMethods(Methods.Table<T> table) {
        return table
                .with("add_signal_handler", (s, loop, a) -> {
                    int sig = signalNumber(a.required(0, "sig"));
                    loop.addSignalHandler(sig, s.callback(a.required(1, "callback"), List.copyOf(a.from(2))));
                    a.noUnknownKeywords();
                    return null;
                })
                .with("remove_signal_handler", (s, loop, a) -> {
                    int sig = signalNumber(a.required(0, "sig"));
                    a.noMoreThan(1);
                    return loop.removeSignalHandler(sig);
                });
    }

    /**
     * @param name a builtin of role {@code signal} ({@code SIGUSR1})
     * @return its number
     */
    static Long number(String name) {
        return (long) UnixSignals.number(name);
    }

    /**
     * The kit's {@code raise_signal(sig)}: the signal goes to this process, unless nothing catches
     * it and its default action would end the process (the kit with it): then RuntimeError, as the
     * Python driver does.
     */
    static Object raiseSignal(Args a) {
        int sig = signalNumber(a.required(0, "sig"));
        a.noMoreThan(1);
        String name = UnixSignals.name(sig);
        if (name == null) {
            throw new ValueError("signal number out of range");
        }
        if (!ProcessSignals.caughtOrIgnored(sig)) {
            if (END_THE_PROCESS.contains(sig)) {
                throw new RuntimeError("raise_signal(" + sig + "): the process has no handler for it, and its default "
                        + "action would end the process");
            }
            if (IGNORED.contains(sig)) {
                return null;  // ignored by default, as the system would (the JVM refuses to raise a signal it does not handle)
            }
        }
        try {
            Signal.raise(new Signal(name));
        } catch (IllegalArgumentException e) {
            throw new ValueError("raise_signal(" + sig + "): " + e.getMessage());
        }
        return null;
    }

    static int signalNumber(Object v) {
        if (!(v instanceof Long l) || l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
            throw new TypeError("'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return (int) (long) l;
    }
}
