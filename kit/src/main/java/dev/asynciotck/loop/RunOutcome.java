package dev.asynciotck.loop;

import dev.asynciotck.trace.Trace;

/** What running a program gave: a trace, an invalid program, or a fault of the loop under test. */
public sealed interface RunOutcome {

    /**
     * The program ran; judge its trace.
     *
     * @param trace the trace
     */
    record Traced(Trace trace) implements RunOutcome {
    }

    /**
     * The program used something the scenario language does not have: a fault of the program.
     *
     * @param message what is wrong
     */
    record InvalidProgram(String message) implements RunOutcome {
    }

    /**
     * The loop under test (or its driver) failed to run the program: it hung past the budget,
     * crashed, or answered something unreadable.
     *
     * @param kind   what happened
     * @param detail the details, e.g. the tail of a driver's stderr
     */
    record Fault(Kind kind, String detail) implements RunOutcome {
    }

    /** Kinds of {@link Fault}. */
    enum Kind {
        /** Did not finish within the budget. */
        TIMEOUT,
        /** Died, or threw something that is not a Python exception outside the program. */
        CRASH,
        /** Answered something that does not follow the protocol. */
        GARBAGE,
        /**
         * Returned an object of another kind than asyncio documents (the vocabulary's
         * {@code returns}), or one lacking a method of that kind: the loop's failure, not the program's.
         */
        WRONG_KIND
    }
}
