package dev.asynciotck.loop;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JVM loop run in process: programs run through the interpreter on a {@link ProgramLane}, a
 * worker thread, so a program that hangs past its budget is reported instead of hanging the kit.
 * Watched programs run one at a time, so what each leaves behind is its own ({@link ResourceWatch});
 * unwatched ones (the properties') may run several at once, one lane per processor.
 */
public final class JvmTestedLoop implements TestedLoop {

    private static final Program WARM_UP = ProgramText.parse("loop.run_until_complete(asyncio.sleep(0))\n");
    private static final long WARM_UP_SECONDS = 10;
    /** The name of the thread a program runs on; the lanes of {@link #runAll} add a number. */
    private static final String LANE_THREAD = "tck-loop-under-test";
    /** The most programs run at once: one per processor. */
    private static final int MAX_LANES = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final String id;
    private final EventLoopFactory factory;
    private final ProgramLane alone;
    private final List<ProgramLane> parallelLanes = new ArrayList<>();
    private boolean warmedUp;

    /**
     * @param id      the identifier it was selected with
     * @param factory the implementation
     */
    public JvmTestedLoop(String id, EventLoopFactory factory) {
        this.id = id;
        this.factory = factory;
        this.alone = new ProgramLane(factory, LANE_THREAD);
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
        Set<Capability> caps = EnumSet.of(Capability.THREADS, Capability.PARALLEL_RUNS);
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
        warmUpOnce();
        return alone.run(program, settings);
    }

    /**
     * Runs unwatched programs {@link RunMode#parallel()} at once, each on its own lane (thread and
     * loop), up to one lane per processor: the properties' programs, which are each on their own
     * loop, share nothing and are never watched. Watched programs, or one at a time, run as
     * {@link #run} does.
     */
    @Override
    public List<RunOutcome> runAll(List<Program> programs, RunMode settings) {
        int lanes = Math.min(Math.min(settings.parallel(), programs.size()), MAX_LANES);
        if (lanes <= 1 || settings.watchResources()) {
            return TestedLoop.super.runAll(programs, settings);
        }
        List<ProgramLane> using;
        synchronized (this) {
            warmUpOnce();
            while (parallelLanes.size() < lanes) {
                parallelLanes.add(new ProgramLane(factory, LANE_THREAD + "-" + (parallelLanes.size() + 1)));
            }
            using = List.copyOf(parallelLanes.subList(0, lanes));
        }
        RunOutcome[] outcomes = new RunOutcome[programs.size()];
        AtomicInteger next = new AtomicInteger();
        List<Thread> feeders = new ArrayList<>();
        for (ProgramLane lane : using) {
            Thread feeder = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < outcomes.length; i = next.getAndIncrement()) {
                    outcomes[i] = lane.run(programs.get(i), settings);
                }
            }, LANE_THREAD + "-feeder");
            feeder.setDaemon(true);
            feeder.start();
            feeders.add(feeder);
        }
        for (Thread feeder : feeders) {
            try {
                feeder.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<RunOutcome> out = new ArrayList<>(outcomes.length);
        for (RunOutcome o : outcomes) {
            out.add(o != null ? o : new RunOutcome.Fault(RunOutcome.Kind.CRASH, "interrupted while waiting for the program"));
        }
        return out;
    }

    /**
     * Runs one program, unwatched, before the first: what the JVM and its harness open once and
     * keep (the JDK's socket machinery, a test runner's reporting socket) is then there before
     * the first watched program, as the Python driver runs a loop before its hello.
     */
    private void warmUpOnce() {
        if (warmedUp) {
            return;
        }
        warmedUp = true;
        // the JDK's socket machinery keeps a descriptor from its first use on (NIO's pre-close socket)
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel.open(server.getLocalAddress()).close();
        } catch (IOException e) {
            // no sockets here: nothing of theirs to warm up
        }
        alone.runAndForget(WARM_UP, WARM_UP_SECONDS);
    }

    @Override
    public synchronized void close() {
        alone.close();
        parallelLanes.forEach(ProgramLane::close);
        parallelLanes.clear();
    }
}
