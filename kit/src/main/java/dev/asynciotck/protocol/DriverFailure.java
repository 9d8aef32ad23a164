package dev.asynciotck.protocol;

/**
 * A driver that could not be started or broke the handshake; the message says what happened,
 * with the tail of its stderr. Becomes a {@link dev.asynciotck.loop.LoopSelectionException} when
 * the loop is opened, a fault of the run concerned when the driver is restarted.
 */
final class DriverFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DriverFailure(String message) {
        super(message);
    }

    DriverFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
