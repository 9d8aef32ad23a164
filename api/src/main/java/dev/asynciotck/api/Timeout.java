package dev.asynciotck.api;

/**
 * {@code asyncio.Timeout} (3.11+), what {@code asyncio.timeout(delay)} and
 * {@code asyncio.timeout_at(when)} return: an asynchronous context manager that cancels the task
 * running its body once the deadline passes, and turns that cancellation into {@code TimeoutError}
 * as the body leaves.
 *
 * <p>Clauses: {@code TIMEOUT-EXPIRE-1}, {@code TIMEOUT-EXPIRE-2}, {@code TIMEOUT-WHEN-1},
 * {@code TIMEOUT-RESCHEDULE-1}, {@code TIMEOUT-RESCHEDULE-2}, {@code TIMEOUT-NEST-1}, {@code TIMEOUT-CANCEL-1}.
 */
public interface Timeout extends AsyncContextManager {

    /**
     * {@code when()}: the deadline, in the loop's {@link EventLoop#time()}.
     *
     * <p>Clauses: {@code TIMEOUT-WHEN-1}.
     *
     * @return the deadline, or {@code null} for none
     */
    Double when();

    /**
     * {@code reschedule(when)}: moves the deadline of an entered, unexpired timeout; {@code null}
     * removes it, and a deadline already past expires the timeout on the next iteration.
     *
     * <p>Clauses: {@code TIMEOUT-RESCHEDULE-1}, {@code TIMEOUT-RESCHEDULE-2}.
     *
     * @param when the new deadline, or {@code null} for none
     * @throws PythonException {@code RuntimeError} when the timeout is not active (not entered,
     *                         expired or finished)
     */
    void reschedule(Double when);

    /**
     * {@code expired()}.
     *
     * <p>Clauses: {@code TIMEOUT-EXPIRE-1}, {@code TIMEOUT-EXPIRE-2}.
     *
     * @return whether the deadline passed while the body ran (the timeout cancelled its task)
     */
    boolean expired();
}
