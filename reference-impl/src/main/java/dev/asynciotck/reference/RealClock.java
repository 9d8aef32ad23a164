package dev.asynciotck.reference;

/**
 * The monotonic clock {@link System#nanoTime()} in seconds, like CPython's {@code time.monotonic()}
 * (whose reported resolution on Linux is also one nanosecond).
 */
final class RealClock implements Clock {

    /** {@code time.get_clock_info('monotonic').resolution} on Linux; nanoTime's granularity. */
    static final double RESOLUTION = 1e-9;

    @Override
    public double time() {
        return System.nanoTime() / 1e9;
    }

    @Override
    public double resolution() {
        return RESOLUTION;
    }
}
