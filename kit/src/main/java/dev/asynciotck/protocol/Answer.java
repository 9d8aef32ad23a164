package dev.asynciotck.protocol;

import dev.asynciotck.loop.RunOutcome;

/** What the driver's answer line says about the run the kit is waiting for. */
sealed interface Answer {

    /**
     * The run has an outcome: a trace or an invalid program.
     *
     * @param outcome the outcome
     */
    record Done(RunOutcome outcome) implements Answer {
    }

    /**
     * The run failed.
     *
     * @param kind          the kind of fault
     * @param what          what happened, e.g. {@code the driver answered a line that is not JSON: …}
     * @param driverHealthy whether the driver may go on with the next run (it said it failed and
     *                      reads on), rather than be restarted
     */
    record Failed(RunOutcome.Kind kind, String what, boolean driverHealthy) implements Answer {
    }
}
