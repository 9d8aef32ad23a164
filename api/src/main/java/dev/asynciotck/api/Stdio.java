package dev.asynciotck.api;

/**
 * What a started program's standard stream ({@code stdin=}, {@code stdout=}, {@code stderr=} of
 * {@code asyncio.create_subprocess_exec}) is connected to.
 *
 * <p>Clauses: {@code PROC-PIPE-1}.
 */
public enum Stdio {
    /** {@code None}: the same stream as the process the loop runs in. */
    INHERIT,
    /** {@code asyncio.subprocess.PIPE}: a pipe to the loop, which {@link Subprocess#communicate} writes or reads. */
    PIPE,
    /** {@code asyncio.subprocess.DEVNULL}: the null device. */
    DEVNULL
}
