package dev.asynciotck.protocol;

/** What waiting for the driver's next line gave. */
sealed interface Incoming {

    /** A non-blank line of the driver's stdout, without its line ending. */
    record Line(String text) implements Incoming {
    }

    /** The driver's stdout ended (it exited, crashed, or closed it). */
    record Closed() implements Incoming {
    }

    /** Nothing came before the deadline. */
    record TimedOut() implements Incoming {
    }
}
