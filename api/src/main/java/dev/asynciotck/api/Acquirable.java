package dev.asynciotck.api;

/**
 * What asyncio's {@code _ContextManagerMixin} gives {@link Lock}, {@link Semaphore} and
 * {@link Condition}: {@code acquire}, {@code release} and {@code locked}, and {@code async with},
 * which acquires on entry and releases on exit whichever way the body ends.
 *
 * <p>Clauses: {@code LOCK-WITH-1}.
 */
public interface Acquirable extends AsyncContextManager {

    /**
     * {@code acquire()}.
     *
     * @return the coroutine that acquires and returns {@code True}
     */
    Coroutine acquire();

    /** {@code release()}. */
    void release();

    /** @return {@code locked()} */
    boolean locked();

    /**
     * {@code async with}: awaits {@link #acquire()}, binds {@code None}.
     *
     * <p>Clauses: {@code LOCK-WITH-1}.
     */
    @Override
    default Awaitable enter() {
        return Steps.coroutine("__aenter__", (v, e) -> Steps.await(acquire(), (acquired, error) -> {
            Steps.raiseIf(error);
            return Steps.done(null);
        }));
    }

    /**
     * Releases whichever way the body ends; suppresses nothing.
     *
     * <p>Clauses: {@code LOCK-WITH-1}.
     */
    @Override
    default Awaitable exit(PythonException error) {
        return Steps.coroutine("__aexit__", (v, e) -> {
            release();
            return Steps.done(Boolean.FALSE);
        });
    }
}
