package dev.asynciotck.loop;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.interpreter.InvalidProgramException;
import dev.asynciotck.interpreter.LoopDeviationException;
import dev.asynciotck.interpreter.ProgramInterpreter;
import dev.asynciotck.interpreter.StepBudgetException;
import dev.asynciotck.program.Program;
import dev.asynciotck.vocabulary.Vocabulary;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A thread that runs a JVM loop's programs through the {@link ProgramInterpreter}, one at a time,
 * each within its budget: a program that hangs past it is reported, its loops are stopped and
 * closed, or its thread is abandoned for a new one, instead of hanging the kit. A
 * {@link JvmTestedLoop} has one for its programs run alone, and more for the programs it runs
 * at once ({@link RunMode#parallel()}).
 */
final class ProgramLane {

    private static final Vocabulary VOCABULARY = Vocabulary.load();
    /** How long a program that hung gets, once its loops are asked to stop, to close them. */
    private static final long STOP_SECONDS = 2;

    private final EventLoopFactory factory;
    private final String threadName;
    private ExecutorService worker;

    /**
     * @param factory    the loop under test
     * @param threadName the name of the lane's thread
     */
    ProgramLane(EventLoopFactory factory, String threadName) {
        this.factory = factory;
        this.threadName = threadName;
        this.worker = newWorker(threadName);
    }

    /**
     * @param program  the program
     * @param settings its budget and clock; what it leaves behind is looked for if they say so
     * @return how it ran
     */
    synchronized RunOutcome run(Program program, RunMode settings) {
        LoopOptions options = settings.virtualTime() && factory.supportsVirtualTime()
                ? LoopOptions.VIRTUAL_TIME : LoopOptions.REAL_TIME;
        ResourceWatch watch = settings.watchResources() ? ResourceWatch.start() : null;
        AtomicReference<Runnable> stopper = new AtomicReference<>();
        Future<RunOutcome> result = worker.submit(() -> runHere(program, options, stopper::set));
        try {
            RunOutcome outcome = result.get(settings.budget().toNanos(), TimeUnit.NANOSECONDS);
            // outside the budget: the threads that appeared get their own time to end
            return outcome instanceof RunOutcome.Traced traced && watch != null
                    ? new RunOutcome.Traced(traced.trace(), watch.leaks(VOCABULARY.leakJoinSeconds())) : outcome;
        } catch (TimeoutException e) {
            boolean closed = stopped(result, stopper.get());
            if (!closed) {
                result.cancel(true);
                worker.shutdownNow();
                worker = newWorker(threadName);
            }
            return new RunOutcome.Fault(RunOutcome.Kind.TIMEOUT, "the program did not finish within "
                    + settings.budgetText() + (closed ? "; its loops were stopped and closed"
                    : "; its thread was abandoned (its loops did not stop within " + STOP_SECONDS + " s)"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunOutcome.Fault(RunOutcome.Kind.CRASH, "interrupted while waiting for the program");
        } catch (ExecutionException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.CRASH, "the loop threw " + e.getCause());
        } finally {
            if (watch != null) {
                watch.endChildren();  // once reported, or after a program that hung
            }
        }
    }

    /**
     * Runs a program unwatched, its outcome dropped (a warm-up).
     *
     * @param program the program
     * @param seconds how long to wait for it
     */
    synchronized void runAndForget(Program program, long seconds) {
        try {
            worker.submit(() -> runHere(program, LoopOptions.REAL_TIME, stop -> { })).get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the program's own run reports what is wrong with the loop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * After a program's budget ran out: asks its loops to stop, then gives it {@link #STOP_SECONDS}
     * to end, its loops closed with the sockets they hold (the interpreter closes them as any run
     * ends).
     *
     * @return whether the program's run ended
     */
    private static boolean stopped(Future<RunOutcome> result, Runnable stop) {
        if (stop == null) {
            return false;
        }
        stop.run();
        try {
            result.get(STOP_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private RunOutcome runHere(Program program, LoopOptions options, Consumer<Runnable> stopper) {
        try {
            return new RunOutcome.Traced(ProgramInterpreter.run(program, factory, options, stopper));
        } catch (InvalidProgramException e) {
            return new RunOutcome.InvalidProgram(e.getMessage());
        } catch (LoopDeviationException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.WRONG_KIND, e.getMessage());
        } catch (StepBudgetException e) {
            return new RunOutcome.Fault(RunOutcome.Kind.TIMEOUT, e.getMessage());
        }
    }

    /** Ends the lane's thread (a program still running on it is interrupted). */
    synchronized void close() {
        worker.shutdownNow();
    }

    /** @return a worker whose thread is already there, so that it is never taken for a program's */
    private static ExecutorService newWorker(String threadName) {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        worker.prestartCoreThread();
        return worker;
    }
}
