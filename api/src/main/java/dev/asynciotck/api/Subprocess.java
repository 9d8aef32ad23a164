package dev.asynciotck.api;

/**
 * {@code asyncio.subprocess.Process}: a program that {@link EventLoop#createSubprocessExec} or
 * {@link EventLoop#createSubprocessShell} started, whose end the loop learns of from its own
 * iterations.
 *
 * <p>Clauses: {@code PROC-EXEC-1}, {@code PROC-PIPE-1}, {@code PROC-SIGNAL-1},
 * {@code PROC-EXITED-1}, {@code PROC-CANCEL-1}, {@code RESOURCE-PROCESS-1}.
 */
public interface Subprocess {

    /** @return the process's id */
    long pid();

    /**
     * <p>Clauses: {@code PROC-EXEC-1}, {@code PROC-SIGNAL-1}.
     *
     * @return the exit status once the loop knows the process has ended, {@code -N} if signal N
     *         ended it; {@code null} before
     */
    Long returncode();

    /**
     * {@code wait()}: waits for the process to end (and be reaped: RESOURCE-PROCESS-1). Cancelling
     * the wait leaves the process running.
     *
     * <p>Clauses: {@code PROC-EXEC-1}, {@code PROC-CANCEL-1}.
     *
     * @return a coroutine whose value is the exit status, a {@link Long}
     */
    Coroutine waitForExit();

    /**
     * {@code communicate(input)}: writes {@code input} to the process's standard input and closes
     * it, reads its piped standard output and error to their end while it writes, then waits for
     * the process to end. Cancelling it leaves the process running.
     *
     * <p>Clauses: {@code PROC-PIPE-1}, {@code PROC-CANCEL-1}.
     *
     * @param input what to write, or {@code null} for nothing
     * @return a coroutine whose value is the {@link ProcessOutput}
     */
    Coroutine communicate(byte[] input);

    /**
     * {@code send_signal(sig)}.
     *
     * <p>Clauses: {@code PROC-SIGNAL-1}, {@code PROC-EXITED-1}.
     *
     * @param sig the signal's number (Linux's: {@link UnixSignals})
     * @throws PythonException {@code ProcessLookupError()} once {@link #waitForExit()} could give the
     *                         exit status: a signal never goes to a process that has been reaped
     */
    void sendSignal(int sig);

    /**
     * {@code terminate()}: {@link #sendSignal} of SIGTERM.
     *
     * <p>Clauses: {@code PROC-SIGNAL-1}, {@code PROC-EXITED-1}.
     */
    default void terminate() {
        sendSignal(UnixSignals.number("TERM"));
    }

    /**
     * {@code kill()}: {@link #sendSignal} of SIGKILL.
     *
     * <p>Clauses: {@code PROC-SIGNAL-1}, {@code PROC-EXITED-1}.
     */
    default void kill() {
        sendSignal(UnixSignals.number("KILL"));
    }
}
