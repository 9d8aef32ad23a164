package dev.asynciotck.loop;

import dev.asynciotck.trace.Trace;

import java.util.List;

/** What running a program gave: a trace, an invalid program, or a fault of the loop under test. */
public sealed interface RunOutcome {

    /**
     * The program ran; judge its trace, then what it left behind.
     *
     * @param trace the trace
     * @param leaks what the run left once its loops were closed (empty when it was not watched:
     *              only a program run alone is)
     */
    record Traced(Trace trace, List<Leak> leaks) implements RunOutcome {

        /** Copies the list. */
        public Traced {
            leaks = List.copyOf(leaks);
        }

        /** @param trace the trace of a run that left nothing, or was not watched */
        public Traced(Trace trace) {
            this(trace, List.of());
        }
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
