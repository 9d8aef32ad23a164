package dev.asynciotck.reference;

/**
 * A clock that starts at 0 and moves only when the loop, idle until its next timer, jumps to
 * that timer's deadline. Read and advanced on the loop thread only.
 */
final class VirtualClock implements Clock {

    private double now;

    @Override
    public double time() {
        return now;
    }

    @Override
    public double resolution() {
        return RealClock.RESOLUTION;
    }

    /**
     * Moves the clock forward to {@code when}; never backward.
     *
     * @param when the new time
     */
    void advanceTo(double when) {
        if (when > now) {
            now = when;
        }
    }
}
