package dev.asynciotck.loop;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.interpreter.InvalidProgramException;
import dev.asynciotck.interpreter.LoopDeviationException;
import dev.asynciotck.interpreter.StepBudgetException;
import dev.asynciotck.interpreter.ProgramInterpreter;
import dev.asynciotck.program.Program;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM loop run in process: programs run through the {@link ProgramInterpreter} on a worker
 * thread, so a program that hangs past its budget is reported (and its thread abandoned) instead of
 * hanging the kit.
 */
public final class JvmTestedLoop implements TestedLoop {

    private final String id;
    private final EventLoopFactory factory;
    private ExecutorService worker = newWorker();

    /**
     * @param id      the identifier it was selected with
     * @param factory the implementation
     */
    public JvmTestedLoop(String id, EventLoopFactory factory) {
        this.id = id;
        this.factory = factory;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Implementation implementation() {
        return new Implementation(factory.name(), factory.version(), "java", System.getProperty("java.version"));
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> caps = EnumSet.of(Capability.THREADS);
        if (factory.supportsVirtualTime()) {
            caps.add(Capability.VIRTUAL_TIME);
        }
        if (factory.supportsNetwork()) {
            caps.add(Capability.NETWORK);
        }
        return caps;
    }

    @Override
    public synchronized RunOutcome run(Program program, RunMode settings) {
        LoopOptions options = settings.virtualTime() && factory.supportsVirtualTime()
                ? LoopOptions.VIRTUAL_TIME : LoopOptions.REAL_TIME;
        java.util.concurrent.Future<RunOutcome> result = worker.submit(() -> runHere(program, options));
        try {
            return result.get(settings.budget().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new RunOutcome.Fault(RunOutcome.Kind.TIMEOUT, "the program did not finish within "
                    + settings.budgetText() + "; its thread was abandoned");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunOutcome.Fault(RunOutcome.Kind.CRASH, "interrupted while waiting for the program");
        } catch (ExecutionException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.CRASH, "the loop threw " + e.getCause());
        }
    }

    private RunOutcome runHere(Program program, LoopOptions options) {
        try {
            return new RunOutcome.Traced(ProgramInterpreter.run(program, factory, options));
        } catch (InvalidProgramException e) {
            return new RunOutcome.InvalidProgram(e.getMessage());
        } catch (LoopDeviationException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.WRONG_KIND, e.getMessage());
        } catch (StepBudgetException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.TIMEOUT, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tck-loop-under-test");
            t.setDaemon(true);
            return t;
        });
    }
}
