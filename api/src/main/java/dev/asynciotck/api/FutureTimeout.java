package dev.asynciotck.api;

/**
 * The default {@link Timeout}: {@code asyncio/timeouts.py}'s {@code Timeout} of CPython 3.13, built
 * only on its loop's timers and the current task's {@code cancel}/{@code cancelling}/{@code uncancel}.
 * Entering records the task and its count of cancellation requests and schedules the deadline;
 * the deadline cancels the task; leaving cancels the timer and, if the deadline cancelled the
 * task and no other cancellation is pending, raises {@code TimeoutError} in place of the
 * {@code CancelledError}. (3.13 also links a {@code TimeoutError} into the context of another
 * exception leaving the body; the kit's traces do not show exception contexts.)
 *
 * <p>Clauses: {@code TIMEOUT-EXPIRE-1}, {@code TIMEOUT-EXPIRE-2}, {@code TIMEOUT-WHEN-1},
 * {@code TIMEOUT-RESCHEDULE-1}, {@code TIMEOUT-NEST-1}, {@code TIMEOUT-CANCEL-1}.
 */
public class FutureTimeout implements Timeout {

    /** {@code _State}, with the words its messages use. */
    private enum State {
        CREATED("created"), ENTERED("active"), EXPIRING("expiring"), EXPIRED("expired"), EXITED("finished");

        private final String word;

        State(String word) {
            this.word = word;
        }
    }

    private final EventLoop loop;
    private Double when;
    private State state = State.CREATED;
    private Handle handler;
    private Task task;
    private int cancelling;

    /**
     * @param loop the loop whose clock the deadline is on
     * @param when the deadline in {@link EventLoop#time()}, or {@code null} for none
     */
    public FutureTimeout(EventLoop loop, Double when) {
        this.loop = loop;
        this.when = when;
    }

    @Override
    public Double when() {
        return when;
    }

    @Override
    public void reschedule(Double when) {
        if (state != State.ENTERED) {
            if (state == State.CREATED) {
                throw new RuntimeError("Timeout has not been entered");
            }
            throw new RuntimeError("Cannot change state of " + state.word + " Timeout");
        }
        this.when = when;
        if (handler != null) {
            handler.cancel();
        }
        if (when == null) {
            handler = null;
        } else if (when <= loop.time()) {
            handler = loop.callSoon(this::onTimeout);
        } else {
            handler = loop.callAt(when, this::onTimeout);
        }
    }

    @Override
    public boolean expired() {
        return state == State.EXPIRING || state == State.EXPIRED;
    }

    @Override
    public Awaitable enter() {
        return Steps.coroutine("Timeout.__aenter__", (v, e) -> {
            if (state != State.CREATED) {
                throw new RuntimeError("Timeout has already been entered");
            }
            Task current = loop.currentTask();
            if (current == null) {
                throw new RuntimeError("Timeout should be used inside a task");
            }
            state = State.ENTERED;
            task = current;
            cancelling = current.cancelling();
            reschedule(when);
            return Steps.done(this);
        });
    }

    @Override
    public Awaitable exit(PythonException error) {
        return Steps.coroutine("Timeout.__aexit__", (v, e) -> {
            if (handler != null) {
                handler.cancel();
                handler = null;
            }
            if (state == State.EXPIRING) {
                state = State.EXPIRED;
                if (task.uncancel() <= cancelling && error != null && error.isInstanceOf(PyType.CANCELLED_ERROR)) {
                    throw new TimeoutError(null);
                }
            } else if (state == State.ENTERED) {
                state = State.EXITED;
            }
            return Steps.done(null);
        });
    }

    /** {@code _on_timeout}: the deadline cancels the task. */
    private void onTimeout() {
        task.cancel(null);
        state = State.EXPIRING;
        handler = null;
    }
}
