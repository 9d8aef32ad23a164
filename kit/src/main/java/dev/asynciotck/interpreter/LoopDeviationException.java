package dev.asynciotck.interpreter;

/**
 * The loop under test returned an object of another kind than asyncio documents for a call (the
 * vocabulary's {@code returns}): a failure of the loop, which ends the run, never an invalid
 * program. The message names what came back and what asyncio returns.
 */
public final class LoopDeviationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what the loop returned, and what asyncio returns */
    public LoopDeviationException(String message) {
        super(message);
    }
}
