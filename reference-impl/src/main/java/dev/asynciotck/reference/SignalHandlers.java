package dev.asynciotck.reference;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineFunction;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.UnixSignals;
import dev.asynciotck.api.ValueError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The loop's Unix signal handlers, as asyncio's {@code unix_events.py} keeps them (SIGNAL-*). The
 * JVM's signal thread only posts "signal N arrived" to the loop's thread-safe inbox; the loop then
 * looks the handler up and queues it with the ready callbacks, so a handler runs from the loop,
 * one iteration after the signal is seen, and a handler removed in between does not run. A signal
 * that arrives while the loop is not running waits in the inbox until it runs (SIGNAL-HANDLER-2).
 *
 * <p>Signals go through {@code sun.misc.Signal} (module {@code jdk.unsupported}): the JVM keeps
 * SIGQUIT (and, with some options, others) for itself, and such a signal is refused with
 * RuntimeError, as one that cannot be caught.
 */
final class SignalHandlers {

    /** CPython's {@code _check_signal}: {@code signal.NSIG} on Linux. */
    private static final int NSIG = 65;

    private record Installed(CallbackHandle handle, SignalHandler previous) {
    }

    private final ReferenceEventLoop loop;
    private final Map<Integer, Installed> handlers = new HashMap<>();

    SignalHandlers(ReferenceEventLoop loop) {
        this.loop = loop;
    }

    /** asyncio's {@code add_signal_handler}. */
    synchronized void add(int sig, Runnable callback) {
        if (callback instanceof CoroutineFunction || callback instanceof Coroutine) {
            throw new TypeError("coroutines cannot be used with add_signal_handler()");
        }
        check(sig);
        loop.checkClosed();
        String name = UnixSignals.name(sig);
        if (name == null) {
            throw new RuntimeError("sig " + sig + " cannot be caught");  // the real-time signals: not in sun.misc.Signal
        }
        SignalHandler previous;
        try {
            previous = Signal.handle(new Signal(name), s -> loop.postSignal(sig));
        } catch (IllegalArgumentException used) {
            // SIGKILL and SIGSTOP (and what the JVM keeps for itself): CPython's OSError(EINVAL)
            throw new RuntimeError("sig " + sig + " cannot be caught");
        }
        Installed old = handlers.get(sig);
        if (old != null) {
            previous = old.previous();  // what the signal had before the loop's first handler
        }
        // one copy for every signal: asyncio's Handle keeps the context it copied, and runs at each signal
        handlers.put(sig, new Installed(new CallbackHandle(callback, Context.copyCurrent()), previous));
    }

    /** asyncio's {@code remove_signal_handler}: the signal gets back what it had before the loop's handler. */
    synchronized boolean remove(int sig) {
        check(sig);
        Installed installed = handlers.remove(sig);
        if (installed == null) {
            return false;
        }
        Signal.handle(new Signal(UnixSignals.name(sig)), installed.previous());
        return true;
    }

    /**
     * On the loop's thread, once signal {@code sig} has arrived: queues its handler, if it still has
     * one. As in asyncio, a handler already queued runs even if it is removed or replaced before
     * its turn (asyncio's {@code remove_signal_handler} does not cancel its handle).
     */
    synchronized void arrived(int sig, ReadyQueue ready) {
        Installed installed = handlers.get(sig);
        if (installed != null) {
            ready.add(installed.handle());
        }
    }

    /** The loop closes: every signal gets back what it had (asyncio's {@code close()} removes them all). */
    synchronized void close() {
        for (Integer sig : List.copyOf(handlers.keySet())) {
            remove(sig);
        }
    }

    /** CPython's {@code _check_signal}: {@code signal.valid_signals()}, 1 to 64 but glibc's 32 and 33 on Linux. */
    private static void check(int sig) {
        if (sig < 1 || sig >= NSIG || sig == 32 || sig == 33) {
            throw new ValueError("invalid signal number " + sig);
        }
    }
}
