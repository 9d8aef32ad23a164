package dev.asynciotck.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference loop's benchmarks are the workloads of workloads.json, one method each; the bare structures' are named by them. */
class WorkloadsTest {

    @Test
    void everyWorkloadHasOneBenchmarkOfItsName() {
        assertEquals(new TreeSet<>(Workloads.OPS.keySet()), benchmarks(ReferenceLoopBenchmarks.class));
    }

    @Test
    void everyBareStructureBenchmarkIsNamedByAWorkload() {
        assertEquals(new TreeSet<>(Workloads.BARE.values()), benchmarks(BareStructureBenchmarks.class));
    }

    /** @return the names of the benchmark methods of a class */
    private static Set<String> benchmarks(Class<?> benchmarks) {
        return Arrays.stream(benchmarks.getMethods()).filter(m -> m.isAnnotationPresent(Benchmark.class))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void eachBareStructureBenchmarkDoesItsWorkloadsOperations() {
        BareStructureBenchmarks b = new BareStructureBenchmarks();
        assertEquals(Workloads.ops("call_soon"), b.ring_buffer());
        assertEquals(Workloads.ops("timers"), b.binary_heap());
    }

    @Test
    void eachBenchmarkDoesItsWorkloadsOperations() {
        ReferenceLoopBenchmarks b = new ReferenceLoopBenchmarks();
        b.newLoop();
        try {
            assertEquals(Workloads.ops("call_soon"), b.call_soon());
            assertEquals(Workloads.ops("chain"), b.chain());
            assertEquals(Workloads.ops("timers"), b.timers());
            assertEquals(Workloads.ops("futures"), b.futures());
            assertEquals(Workloads.ops("tasks_gather"), ((java.util.List<?>) b.tasks_gather()).size());
            b.sleep0();
            b.queue_pingpong();
            assertEquals(Workloads.ops("tcp_echo"), b.tcp_echo());
        } finally {
            b.closeLoop();
        }
    }
}
