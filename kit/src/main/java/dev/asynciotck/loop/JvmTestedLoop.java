package dev.asynciotck.loop;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.interpreter.InvalidProgramException;
import dev.asynciotck.interpreter.LoopDeviationException;
import dev.asynciotck.interpreter.StepBudgetException;
import dev.asynciotck.interpreter.ProgramInterpreter;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.vocabulary.Vocabulary;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A JVM loop run in process: programs run through the {@link ProgramInterpreter} on a worker
 * thread, so a program that hangs past its budget is reported (and its thread abandoned) instead of
 * hanging the kit. Programs run one at a time, so what each leaves behind is its own
 * ({@link ResourceWatch}).
 */
public final class JvmTestedLoop implements TestedLoop {

    private static final Vocabulary VOCABULARY = Vocabulary.load();
    private static final Program WARM_UP = ProgramText.parse("loop.run_until_complete(asyncio.sleep(0))\n");
    private static final long WARM_UP_SECONDS = 10;
    /** How long a program that hung gets, once its loops are asked to stop, to close them. */
    private static final long STOP_SECONDS = 2;

    private final String id;
    private final EventLoopFactory factory;
    private ExecutorService worker = newWorker();
    private boolean warmedUp;

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
        if (factory.supportsUnixSignals()) {
            caps.add(Capability.UNIX_SIGNALS);
        }
        if (factory.supportsSubprocesses()) {
            caps.add(Capability.SUBPROCESS);
        }
        if (factory.supportsNetwork()) {
            caps.add(Capability.NETWORK);
        }
        if (factory.supportsUnixSockets()) {
            caps.add(Capability.UNIX_SOCKETS);
        }
        if (factory.supportsTls()) {
            caps.add(Capability.TLS);
        }
        return caps;
    }

    @Override
    public synchronized RunOutcome run(Program program, RunMode settings) {
        LoopOptions options = settings.virtualTime() && factory.supportsVirtualTime()
                ? LoopOptions.VIRTUAL_TIME : LoopOptions.REAL_TIME;
        if (!warmedUp) {
            warmedUp = true;
            warmUp();
        }
        ResourceWatch watch = settings.watchResources() ? ResourceWatch.start() : null;
        java.util.concurrent.atomic.AtomicReference<Runnable> stopper = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.Future<RunOutcome> result = worker.submit(() -> runHere(program, options, stopper::set));
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
                worker = newWorker();
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
     * Runs one program, unwatched, before the first: what the JVM and its harness open once and
     * keep (the JDK's socket machinery, a test runner's reporting socket) is then there before
     * the first watched program, as the Python driver runs a loop before its hello.
     */
    private void warmUp() {
        // the JDK's socket machinery keeps a descriptor from its first use on (NIO's pre-close socket)
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel.open(server.getLocalAddress()).close();
        } catch (IOException e) {
            // no sockets here: nothing of theirs to warm up
        }
        try {
            worker.submit(() -> runHere(WARM_UP, LoopOptions.REAL_TIME, stop -> { })).get(WARM_UP_SECONDS, TimeUnit.SECONDS);
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
    private static boolean stopped(java.util.concurrent.Future<RunOutcome> result, Runnable stop) {
        if (stop == null) {
            return false;
        }
        stop.run();
        try {
            result.get(STOP_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            return true;
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private RunOutcome runHere(Program program, LoopOptions options, java.util.function.Consumer<Runnable> stopper) {
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

    @Override
    public synchronized void close() {
        worker.shutdownNow();
    }

    /** @return a worker whose thread is already there, so that it is never taken for a program's */
    private static ExecutorService newWorker() {
        ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "tck-loop-under-test");
            t.setDaemon(true);
            return t;
        });
        worker.prestartCoreThread();
        return worker;
    }
}
