package dev.asynciotck.bench;

import dev.asynciotck.api.Connection;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.Queue;
import dev.asynciotck.api.QueueOrder;
import dev.asynciotck.api.Server;
import dev.asynciotck.api.Task;
import dev.asynciotck.reference.ReferenceEventLoopFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The reference loop on the workloads of {@code workloads.json}, through the public API only (what
 * a program of the kit does), one benchmark method per workload, named as the workload. JMH's score
 * is runs of the workload per second; {@code benchmarks/run} multiplies it by the workload's
 * {@code ops}. Each method returns what it counted, so that nothing is optimised away.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReferenceLoopBenchmarks {

    private EventLoop loop;
    private int count;
    private int target;

    /** A new reference loop (real time) for the trial. */
    @Setup
    public void newLoop() {
        loop = new ReferenceEventLoopFactory().newEventLoop(LoopOptions.REAL_TIME);
    }

    /** Closes the loop. */
    @TearDown
    public void closeLoop() {
        loop.close();
    }

    private void tick() {
        count++;
    }

    /** @return the callbacks run */
    @Benchmark
    public int call_soon() {
        int n = Workloads.ops("call_soon");
        count = 0;
        Runnable tick = this::tick;  // one callback, scheduled n times, as bench.py's
        for (int i = 0; i < n; i++) {
            loop.callSoon(tick);
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        return count;
    }

    private void hop() {
        if (++count < target) {
            loop.callSoon(this::hop);
        } else {
            loop.stop();
        }
    }

    /** @return the hops made */
    @Benchmark
    public int chain() {
        target = Workloads.ops("chain");
        count = 0;
        loop.callSoon(this::hop);
        loop.runForever();
        return count;
    }

    private void timerFired() {
        if (++count == target) {
            loop.stop();
        }
    }

    /** @return the timers run */
    @Benchmark
    public int timers() {
        target = Workloads.ops("timers");
        count = 0;
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < target; i++) {
            loop.callLater(random.nextDouble() * 0.001, this::timerFired);
        }
        loop.runForever();
        return count;
    }

    /** @return the done callbacks run */
    @Benchmark
    public int futures() {
        int n = Workloads.ops("futures");
        count = 0;
        Consumer<Future> done = f -> tick();
        for (int i = 0; i < n; i++) {
            Future f = loop.createFuture();
            f.addDoneCallback(done);
            f.setResult(i);
        }
        loop.callSoon(loop::stop);
        loop.runForever();
        return count;
    }

    /** @return the gathered results */
    @Benchmark
    public Object tasks_gather() {
        int n = Workloads.ops("tasks_gather");
        List<Task> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(loop.createTask(new Repeat(0, null), null));
        }
        return loop.runUntilComplete(loop.gather(tasks, false));
    }

    /** @return what the task returned */
    @Benchmark
    public Object sleep0() {
        int n = Workloads.ops("sleep0");
        return loop.runUntilComplete(loop.createTask(new Repeat(n, () -> loop.sleep(0.0, null)), null));
    }

    /** @return what the consumer returned */
    @Benchmark
    public Object queue_pingpong() {
        int n = Workloads.ops("queue_pingpong");
        Queue q = loop.newQueue(QueueOrder.FIFO, 1, null);
        int[] item = {0};
        Coroutine producer = new Repeat(n, () -> q.put(item[0]++));
        loop.createTask(producer, null);
        return loop.runUntilComplete(loop.createTask(new Repeat(n, q::get), null));
    }

    /** @return the round trips made */
    @Benchmark
    public Object tcp_echo() {
        int n = Workloads.ops("tcp_echo");
        Server server = (Server) loop.runUntilComplete(loop.createServer(EchoProtocols.Server::new, "127.0.0.1", 0, true));
        int port = ((InetSocketAddress) server.sockets().get(0).getsockname()).getPort();
        Future done = loop.createFuture();
        Connection client = (Connection) loop.runUntilComplete(
                loop.createConnection(() -> new EchoProtocols.Client(n, done), "127.0.0.1", port));
        Object trips = loop.runUntilComplete(done);
        client.transport().close();
        server.close();
        loop.runUntilComplete(server.waitClosed());
        return trips;
    }
}
