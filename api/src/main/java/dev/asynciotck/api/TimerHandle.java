package dev.asynciotck.api;

/**
 * A callback scheduled for a time, as returned by {@link EventLoop#callLater} and
 * {@link EventLoop#callAt} (asyncio's {@code TimerHandle}).
 */
public interface TimerHandle extends Handle {

    /**
     * Clauses: {@code LOOP-TIMER-5}.
     *
     * @return the time the callback is scheduled for, on the loop's clock ({@link EventLoop#time()})
     */
    double when();
}
