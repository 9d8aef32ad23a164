package dev.asynciotck.bench;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reference loop's benchmarks are the workloads of workloads.json, one method each. */
class WorkloadsTest {

    @Test
    void everyWorkloadHasOneBenchmarkOfItsName() {
        Set<String> methods = Arrays.stream(ReferenceLoopBenchmarks.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Benchmark.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Workloads.OPS.keySet()), methods);
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
