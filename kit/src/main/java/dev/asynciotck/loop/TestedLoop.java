package dev.asynciotck.loop;

import dev.asynciotck.program.Program;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A loop implementation the kit checks: it runs programs and returns what happened. In process
 * for a JVM loop, out of process (through a driver) for others.
 */
public interface TestedLoop extends AutoCloseable {

    /** @return the identifier it was selected with, e.g. {@code reference} */
    String id();

    /** @return what the implementation says it is */
    Implementation implementation();

    /** @return its identifier and what it says it is, as reports name it */
    default LoopInfo info() {
        return new LoopInfo(id(), implementation().toString());
    }

    /** @return what it supports beyond the core (clauses needing more are skipped with a reason) */
    Set<Capability> capabilities();

    /**
     * Runs one program on a fresh loop.
     *
     * @param program  the program
     * @param settings how to run it
     * @return the trace, or why there is none
     */
    RunOutcome run(Program program, RunMode settings);

    /**
     * Runs programs in order, each on a fresh loop. Out-of-process implementations send them in
     * batches; the default runs them one by one.
     *
     * @param programs the programs
     * @param settings how to run them
     * @return one outcome per program, in order
     */
    default List<RunOutcome> runAll(List<Program> programs, RunMode settings) {
        List<RunOutcome> out = new ArrayList<>(programs.size());
        for (Program p : programs) {
            out.add(run(p, settings));
        }
        return out;
    }

    /** Releases what the implementation holds (threads, processes). */
    @Override
    void close();
}
