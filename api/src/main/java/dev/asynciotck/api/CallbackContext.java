package dev.asynciotck.api;

/**
 * Where a loop runs a callback: the {@link Context} given with {@code context=}, which the callback
 * runs in itself, or the {@link Context.Captured} values of the context current when the callback
 * was scheduled, which it runs in a copy of.
 *
 * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-CALLBACK-2}.
 */
public sealed interface CallbackContext permits Context, Context.Captured {

    /**
     * Runs {@code action} in this context, or in a copy of these values.
     *
     * @param action what to run
     */
    void run(Runnable action);
}
