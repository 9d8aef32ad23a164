package dev.asynciotck.loop;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a loop under test can do beyond the core; a check needing more is skipped, with the reason.
 * A capability's {@link #wireName()} is how the driver protocol's hello names it and, after an
 * {@code @}, how a scenario's tag asks for it.
 */
public enum Capability {
    /** Loops on a virtual clock ({@link RunMode#virtualTime()}). */
    VIRTUAL_TIME("virtual-time"),
    /** Programs may start threads ({@code thread_after}). */
    THREADS("threads"),
    /** Unix signal handlers. */
    UNIX_SIGNALS("unix-signals"),
    /** Starting programs: {@code create_subprocess_exec}, {@code create_subprocess_shell}. */
    SUBPROCESS("subprocess"),
    /** TCP on the loopback interface: {@code create_connection}, {@code create_server}, transports. */
    NETWORK("network"),
    /**
     * Unix domain sockets, at paths of the kit's {@code unix_socket_path()}:
     * {@code create_unix_connection}, {@code create_unix_server}, {@code open_unix_connection},
     * {@code start_unix_server}.
     */
    UNIX_SOCKETS("unix-sockets"),
    /**
     * TLS over TCP with the kit's test certificates ({@code tls_server_context()},
     * {@code tls_client_context()}): {@code ssl=} of {@code create_connection}, {@code create_server},
     * {@code open_connection} and {@code start_server}, and {@code start_tls}.
     */
    TLS("tls"),
    /**
     * Objects are destroyed as soon as the program drops its last reference to them (CPython's
     * reference counting), so what asyncio reports then ({@code Task exception was never
     * retrieved}) shows at a known point of the program. A JVM loop's objects go when the garbage
     * collector runs, which no program can place: JVM loops never have it.
     */
    REFCOUNTING("refcounting"),
    /**
     * Runs several programs at once, each on its own thread and loop ({@link RunMode#parallel()});
     * for throughput only: no clause needs it.
     */
    PARALLEL_RUNS("parallel-runs");

    private final String wireName;

    Capability(String wireName) {
        this.wireName = wireName;
    }

    /** @return its name in the driver protocol and, after {@code @}, in scenario tags */
    public String wireName() {
        return wireName;
    }

    /**
     * @param name a capability's wire name
     * @return the capability, if there is one of that name
     */
    public static Optional<Capability> byWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }

    /** @return every wire name, comma-separated, for messages */
    public static String wireNames() {
        return Arrays.stream(values()).map(Capability::wireName).collect(Collectors.joining(", "));
    }
}
