package dev.asynciotck.bench;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * The bare Java data structures beneath two workloads of {@code workloads.json}, as a ceiling to
 * compare the reference loop with: what the workload costs with no loop around the structure, no
 * handle, no context, no clock. Each method is named as the {@code bare} field of its workload
 * ({@code benchmarks/run} puts it beside the reference loop's figure), does the workload's
 * {@code ops} operations per run, and returns what it counted.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BareStructureBenchmarks {

    private int count;

    private void tick() {
        count++;
    }

    /** @return the callbacks run: call_soon's work on a bare ring buffer (add each, then take and run each) */
    @Benchmark
    public int ring_buffer() {
        int n = Workloads.ops("call_soon");
        count = 0;
        ArrayDeque<Runnable> ready = new ArrayDeque<>();
        Runnable tick = this::tick;  // one callback, as the call_soon workload's
        for (int i = 0; i < n; i++) {
            ready.add(tick);
        }
        Runnable next;
        while ((next = ready.poll()) != null) {
            next.run();
        }
        return count;
    }

    /** A timer of the bare heap: a deadline and a callback. */
    private record Timer(double when, Runnable callback) {
    }

    private static final Comparator<Timer> BY_DEADLINE = Comparator.comparingDouble(Timer::when);

    /**
     * @return the timers run: the timers workload's work on a bare binary heap (push each timer with
     *         a deadline uniform in [0, 1 ms), then pop and run each in deadline order), without
     *         waiting for the deadlines
     */
    @Benchmark
    public int binary_heap() {
        int n = Workloads.ops("timers");
        count = 0;
        SplittableRandom random = new SplittableRandom(42);
        PriorityQueue<Timer> heap = new PriorityQueue<>(BY_DEADLINE);
        for (int i = 0; i < n; i++) {
            heap.add(new Timer(random.nextDouble() * 0.001, this::tick));
        }
        Timer next;
        while ((next = heap.poll()) != null) {
            next.callback().run();
        }
        return count;
    }
}
