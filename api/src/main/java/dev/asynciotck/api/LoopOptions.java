package dev.asynciotck.api;

/**
 * How to build a loop.
 *
 * @param virtualTime use a virtual clock: when the loop would block waiting for its next timer,
 *                    time jumps to that timer's deadline instead. Everything else behaves as with a
 *                    real clock; properties use it to run many timer programs fast and
 *                    deterministically.
 */
public record LoopOptions(boolean virtualTime) {

    /** A loop on a real monotonic clock. */
    public static final LoopOptions REAL_TIME = new LoopOptions(false);

    /** A loop on a virtual clock. */
    public static final LoopOptions VIRTUAL_TIME = new LoopOptions(true);
}
