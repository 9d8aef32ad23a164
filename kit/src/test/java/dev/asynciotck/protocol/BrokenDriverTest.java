package dev.asynciotck.protocol;

import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;
import dev.asynciotck.trace.Event;
import dev.asynciotck.trace.TraceValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drivers that break (the scripts of {@code broken/}): the faulty program gets a fault of the right
 * kind that names it and quotes the driver's stderr, results obtained before are kept, and the next
 * program runs on a new driver. A fake driver's trace is one event, the program's name with the
 * driver's process id, so a test sees which result is whose and which process gave it.
 */
class BrokenDriverTest {

    private static final RunMode BUDGET = new RunMode(false, Duration.ofSeconds(1), 1);

    private final List<DriverTestedLoop> opened = new ArrayList<>();

    @AfterEach
    void closeDrivers() {
        opened.forEach(DriverTestedLoop::close);
    }

    private DriverTestedLoop open(String script, String... args) {
        return open(DriverTestedLoop.BATCH_SIZE, script, args);
    }

    private DriverTestedLoop open(int batchSize, String script, String... args) {
        DriverTestedLoop loop = new DriverTestedLoop("fake:" + script, TestPython.broken(script, args),
                Duration.ofSeconds(20), batchSize);
        opened.add(loop);
        return loop;
    }

    private static Program named(String name) {
        return ProgramText.parse("pass\n").describedAs(name, List.of());
    }

    private static List<Program> named(String... names) {
        List<Program> out = new ArrayList<>();
        for (String n : names) {
            out.add(named(n));
        }
        return out;
    }

    /** @return the pid of the fake driver that ran the program, after checking the trace is that program's */
    private static long tracedBy(RunOutcome outcome, String name) {
        Event event = assertInstanceOf(RunOutcome.Traced.class, outcome, () -> outcome.toString())
                .trace().events().get(0);
        assertEquals(name, event.label());
        return ((TraceValue.Int) event.value()).value();
    }

    private static RunOutcome.Fault fault(RunOutcome outcome, RunOutcome.Kind kind, String... mentions) {
        RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, outcome, () -> outcome.toString());
        assertEquals(kind, fault.kind(), fault.detail());
        for (String m : mentions) {
            assertTrue(fault.detail().contains(m), () -> "no '" + m + "' in: " + fault.detail());
        }
        return fault;
    }

    @Test
    void aHealthyFakeRunsEveryProgramOnOneDriver() {
        DriverTestedLoop loop = open("healthy.py");
        List<RunOutcome> out = loop.runAll(named("a", "b", "c"), BUDGET);
        long pid = tracedBy(out.get(0), "a");
        assertEquals(pid, tracedBy(out.get(1), "b"));
        assertEquals(pid, tracedBy(out.get(2), "c"));
        assertEquals(pid, tracedBy(loop.run(named("d"), BUDGET), "d"));
        assertEquals("fake", loop.implementation().name());
    }

    @Test
    void aCrashOnTheSecondProgramIsItsFaultAndTheThirdRunsOnANewDriver() {
        DriverTestedLoop loop = open("crash_on_second.py");
        long first = tracedBy(loop.run(named("one"), BUDGET), "one");
        fault(loop.run(named("two"), BUDGET), RunOutcome.Kind.CRASH,
                "program \"two\"", "exited with status 3", "broken-driver: crashing on two");
        long third = tracedBy(loop.run(named("three"), BUDGET), "three");
        assertNotEquals(first, third);
    }

    @Test
    void aCrashInABatchKeepsTheResultsBeforeItAndRunsTheRestOnANewDriver() {
        List<RunOutcome> out = open("crash_on_name.py").runAll(named("p1", "p2", "crash p3", "p4", "p5"), BUDGET);
        assertEquals(5, out.size());
        long before = tracedBy(out.get(0), "p1");
        assertEquals(before, tracedBy(out.get(1), "p2"));
        fault(out.get(2), RunOutcome.Kind.CRASH,
                "program \"crash p3\"", "exited with status 3", "broken-driver: crashing on crash p3");
        long after = tracedBy(out.get(3), "p4");
        assertEquals(after, tracedBy(out.get(4), "p5"));
        assertNotEquals(before, after);
    }

    @Test
    void aHangIsATimeoutOfThatProgramAndTheRestRunOnANewDriver() {
        List<RunOutcome> out = open("hang_on_name.py").runAll(named("p1", "hang p2", "p3", "p4"), BUDGET);
        long before = tracedBy(out.get(0), "p1");
        fault(out.get(1), RunOutcome.Kind.TIMEOUT,
                "program \"hang p2\"", "within 1 s", "broken-driver: hanging on hang p2");
        long after = tracedBy(out.get(2), "p3");
        assertEquals(after, tracedBy(out.get(3), "p4"));
        assertNotEquals(before, after);
    }

    @Test
    void aParallelBatchGivesEveryOutcomeInProgramOrder() {
        List<RunOutcome> out = open("healthy.py").runAll(named("p1", "p2", "p3", "p4", "p5", "p6"),
                BUDGET.withParallel(4));
        long pid = tracedBy(out.get(0), "p1");
        for (int i = 1; i < 6; i++) {
            assertEquals(pid, tracedBy(out.get(i), "p" + (i + 1)));
        }
    }

    @Test
    void aHangInAParallelBatchIsATimeoutOfThatProgramOnlyAndTheOthersAreKept() {
        List<RunOutcome> out = open("hang_on_name.py")
                .runAll(named("p1", "hang p2", "p3", "p4", "p5"), BUDGET.withParallel(3));
        fault(out.get(1), RunOutcome.Kind.TIMEOUT, "program \"hang p2\"", "within 1 s", "one at a time");
        for (int i : new int[] {0, 2, 3, 4}) {
            tracedBy(out.get(i), "p" + (i + 1));
        }
    }

    @Test
    void aCrashInAParallelBatchIsPinnedOnItsProgramByRunningTheRestOneAtATime() {
        List<RunOutcome> out = open("crash_on_name.py")
                .runAll(named("p1", "p2", "crash p3", "p4", "p5"), BUDGET.withParallel(5));
        fault(out.get(2), RunOutcome.Kind.CRASH,
                "program \"crash p3\"", "exited with status 3", "broken-driver: crashing on crash p3");
        for (int i : new int[] {0, 1, 3, 4}) {
            tracedBy(out.get(i), "p" + (i + 1));
        }
    }

    @Test
    void aHangInALaterBatchKeepsEveryEarlierBatch() {
        List<RunOutcome> out = open(2, "hang_on_name.py")
                .runAll(named("p1", "p2", "p3", "hang p4", "p5", "p6", "p7"), BUDGET);
        assertEquals(7, out.size());
        for (int i : new int[] {0, 1, 2, 4, 5, 6}) {
            tracedBy(out.get(i), "p" + (i + 1));
        }
        fault(out.get(3), RunOutcome.Kind.TIMEOUT, "program \"hang p4\"");
    }

    @Test
    void aSingleRunThatHangsTimesOutAndTheNextRuns() {
        DriverTestedLoop loop = open("hang_on_name.py");
        fault(loop.run(named("hang alone"), BUDGET), RunOutcome.Kind.TIMEOUT, "program \"hang alone\"");
        tracedBy(loop.run(named("next"), BUDGET), "next");
    }

    @Test
    void eachRunOfABatchHasItsOwnBudget() {
        // 8 runs of 0.2 s each take longer than one budget of 1 s, but none overruns its own.
        List<RunOutcome> out = open("slow.py", "0.2").runAll(named("1", "2", "3", "4", "5", "6", "7", "8"), BUDGET);
        for (int i = 0; i < 8; i++) {
            tracedBy(out.get(i), String.valueOf(i + 1));
        }
    }

    @Test
    void aLineThatIsNotJsonIsGarbageQuotedAndTheNextRunsOnANewDriver() {
        List<RunOutcome> out = open("garbage_on_name.py").runAll(named("p1", "garbage p2", "p3"), BUDGET);
        long before = tracedBy(out.get(0), "p1");
        fault(out.get(1), RunOutcome.Kind.GARBAGE, "program \"garbage p2\"", "not JSON",
                "this is not json, says garbage p2", "broken-driver: printing garbage for garbage p2");
        assertNotEquals(before, tracedBy(out.get(2), "p3"));
    }

    @Test
    void aResultForAnotherIdIsGarbage() {
        List<RunOutcome> out = open("garbage_on_name.py").runAll(named("wrong-id p1", "p2"), BUDGET);
        fault(out.get(0), RunOutcome.Kind.GARBAGE, "program \"wrong-id p1\"", "was due",
                "broken-driver: answering another id for wrong-id p1");
        tracedBy(out.get(1), "p2");
    }

    @Test
    void anErrorLineWithTheRunsIdIsACrashOfThatRunAndTheDriverGoesOn() {
        List<RunOutcome> out = open("error_on_name.py").runAll(named("p1", "error p2", "p3"), BUDGET);
        long before = tracedBy(out.get(0), "p1");
        fault(out.get(1), RunOutcome.Kind.CRASH, "program \"error p2\"", "the fake driver failed on error p2");
        assertEquals(before, tracedBy(out.get(2), "p3"));
    }

    @Test
    void aDriverThatLeavesEarlyCrashesTheNextProgramOnly() {
        List<RunOutcome> out = open("exit_after.py", "2").runAll(named("p1", "p2", "p3", "p4", "p5"), BUDGET);
        long before = tracedBy(out.get(0), "p1");
        assertEquals(before, tracedBy(out.get(1), "p2"));
        fault(out.get(2), RunOutcome.Kind.CRASH,
                "program \"p3\"", "exited with status 0", "broken-driver: leaving after 2 programs");
        long after = tracedBy(out.get(3), "p4");
        assertEquals(after, tracedBy(out.get(4), "p5"));
        assertNotEquals(before, after);
    }

    @Test
    void anUnnamedProgramIsNamedByItsFirstLine() {
        Program unnamed = ProgramText.parse("record(\"crash\")\n");
        RunOutcome out = open("crash_on_second.py").runAll(List.of(unnamed, unnamed), BUDGET).get(1);
        fault(out, RunOutcome.Kind.CRASH, "the unnamed program starting \"record(\\\"crash\\\")\"");
    }

    @Test
    void aDriverSpeakingProtocolTwoIsRefusedWithAnErrorLine() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> open("protocol_two.py"));
        assertTrue(e.getMessage().contains("driver speaks protocol 2, the kit speaks 1"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-driver: the kit answered {\"type\":\"error\""), e.getMessage());
        assertTrue(e.getMessage().contains("broken-driver: then the kit's input ended"), e.getMessage());
    }

    @Test
    void aBannerInsteadOfAHelloIsQuoted() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> open("bad_hello.py"));
        assertTrue(e.getMessage().contains("broke the handshake"), e.getMessage());
        assertTrue(e.getMessage().contains("Welcome to the fake driver!"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-driver: greeting with a banner"), e.getMessage());
    }

    @Test
    void aDriverThatExitsAtOnceShowsItsStatusAndStderr() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> open("cannot_start.py"));
        assertTrue(e.getMessage().contains("loop 'fake:cannot_start.py' cannot be started"), e.getMessage());
        assertTrue(e.getMessage().contains("exited with status 2 before its hello"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-driver: the loop cannot be imported"), e.getMessage());
    }

    @Test
    void aDriverWithoutAHelloIsKilledAfterTheStartupTimeout() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class,
                () -> new DriverTestedLoop("fake:silent", TestPython.broken("silent.py"), Duration.ofMillis(1500), 10));
        assertTrue(e.getMessage().contains("wrote no hello within 1500 ms"), e.getMessage());
        assertTrue(e.getMessage().contains("broken-driver: staying silent"), e.getMessage());
    }

    @Test
    void aClosedLoopRunsNothing() {
        DriverTestedLoop loop = open("healthy.py");
        loop.close();
        assertThrows(IllegalStateException.class, () -> loop.run(named("late"), BUDGET));
    }
}
