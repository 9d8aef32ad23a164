package dev.asynciotck.api;

/**
 * Creates the loops of one implementation. This is what a third-party JVM loop provides to the
 * kit: a public class with a public no-argument constructor, named on the command line as
 * {@code java:<class name>}. Implementations found with {@link java.util.ServiceLoader} are
 * selectable by their {@link #name()} as well (the reference loop is {@code reference}).
 */
public interface EventLoopFactory {

    /** @return a short name identifying the implementation, e.g. {@code reference} */
    String name();

    /** @return the implementation's version */
    String version();

    /**
     * @param options how the loop should be built
     * @return a new, not running, not closed loop
     * @throws UnsupportedOperationException if the implementation cannot honour {@code options}
     *                                       (e.g. it has no virtual clock)
     */
    EventLoop newEventLoop(LoopOptions options);

    /**
     * {@code asyncio.Runner(loop_factory=loops)} (3.11+; what {@code asyncio.run()} uses): the
     * default is a {@link LoopRunner}.
     *
     * <p>Clauses: {@code RUNNER-LOOP-1}.
     *
     * @param loops makes the runner's loop, once, on first use
     * @return a runner that has not made its loop yet
     */
    default Runner newRunner(java.util.function.Supplier<EventLoop> loops) {
        return new LoopRunner(loops);
    }

    /** @return whether {@link LoopOptions#virtualTime()} is supported */
    default boolean supportsVirtualTime() {
        return false;
    }

    /**
     * @return whether the loops do TCP ({@link EventLoop#createConnection}, {@link EventLoop#createServer}):
     *         the {@code network} capability; checks that need it are skipped otherwise
     */
    default boolean supportsNetwork() {
        return false;
    }

    /**
     * @return whether the loops handle Unix signals ({@link EventLoop#addSignalHandler},
     *         {@link EventLoop#removeSignalHandler}): the {@code unix-signals} capability; checks that
     *         need it are skipped otherwise. The kit raises the signals at its own process.
     */
    default boolean supportsUnixSignals() {
        return false;
    }

    /**
     * @return whether the loops start programs ({@link EventLoop#createSubprocessExec},
     *         {@link EventLoop#createSubprocessShell}): the {@code subprocess} capability; checks
     *         that need it are skipped otherwise. The programs the kit's scenarios start are POSIX's
     *         ({@code sh}, {@code cat}, {@code sleep}, {@code true}, {@code false}).
     */
    default boolean supportsSubprocesses() {
        return false;
    }

    /**
     * @return whether the loops do TLS over TCP ({@code ssl=} of {@link EventLoop#createConnection}
     *         and {@link EventLoop#createServer}, {@link EventLoop#startTls}): the {@code tls}
     *         capability. By default a loop with the network capability has it, since the
     *         defaults build TLS on its plain connections ({@link Tls}); checks that need it are
     *         skipped otherwise.
     *
     *         <p>Clauses: {@code TLS-CONNECT-1}, {@code TLS-START-1}.
     */
    default boolean supportsTls() {
        return supportsNetwork();
    }

    /**
     * @return whether the loops do Unix domain sockets ({@link EventLoop#createUnixConnection},
     *         {@link EventLoop#createUnixServer}): the {@code unix-sockets} capability; checks that
     *         need it are skipped otherwise
     */
    default boolean supportsUnixSockets() {
        return false;
    }
}
