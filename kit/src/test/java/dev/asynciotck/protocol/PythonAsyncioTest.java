package dev.asynciotck.protocol;

import dev.asynciotck.settings.Setting;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.LoopSelector;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Programs run on CPython's asyncio through the real Python driver, selected as {@code python:asyncio}. */
class PythonAsyncioTest {

    private static String previousPython;
    private static TestedLoop loop;

    @BeforeAll
    static void open() {
        previousPython = System.setProperty(Setting.PYTHON.property(), TestPython.INTERPRETER);
        loop = LoopSelector.select("python:asyncio");
    }

    @AfterAll
    static void close() {
        loop.close();
        if (previousPython == null) {
            System.clearProperty(Setting.PYTHON.property());
        } else {
            System.setProperty(Setting.PYTHON.property(), previousPython);
        }
    }

    private static String trace(String text) {
        RunOutcome outcome = loop.run(ProgramText.parse(text), RunMode.DEFAULT);
        return assertInstanceOf(RunOutcome.Traced.class, outcome, () -> outcome.toString()).trace().toString();
    }

    @Test
    void theHelloSaysWhatRuns() {
        assertInstanceOf(DriverTestedLoop.class, loop);
        assertEquals("python:asyncio", loop.id());
        assertEquals("asyncio", loop.implementation().name());
        assertEquals("cpython", loop.implementation().runtime());
        assertTrue(loop.capabilities().contains(Capability.THREADS), loop.capabilities().toString());
        assertTrue(((DriverTestedLoop) loop).clockResolution() > 0);
    }

    @Test
    void callbacksRunInTheOrderTheyWereScheduled() {
        assertEquals("a\nb: 2\n", trace("loop.call_soon(record, \"a\")\nloop.call_soon(record, \"b\", 2)\n"
                + "loop.call_soon(loop.stop)\nloop.run_forever()\n"));
    }

    @Test
    void aTaskGivesItsResultAndValuesKeepTheirShape() {
        assertEquals("result: [1, (2,), {3}]\n", trace("async def child(n):\n    await asyncio.sleep(0)\n"
                + "    return [n, (2,), {3}]\n\nt = loop.create_task(child(1))\nloop.run_until_complete(t)\n"
                + "record(\"result\", t.result())\n"));
    }

    @Test
    void aRaisingMainEndsTheTraceWithThePythonException() {
        assertEquals("before\n!raised: RuntimeError('Event loop is closed')\n",
                trace("record(\"before\")\nloop.close()\nloop.call_soon(loop.stop)\nrecord(\"never\")\n"));
    }

    @Test
    void anUnknownNameIsAnInvalidProgram() {
        RunOutcome outcome = loop.run(ProgramText.parse("record(\"a\", lop)\n"), RunMode.DEFAULT);
        String message = assertInstanceOf(RunOutcome.InvalidProgram.class, outcome).message();
        assertTrue(message.contains("lop"), message);
    }

    @Test
    void threeHundredProgramsComeBackInOrder() {
        List<Program> programs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            programs.add(ProgramText.parse("loop.call_soon(record, \"n\", " + i + ")\nloop.call_soon(loop.stop)\n"
                    + "loop.run_forever()\n"));
        }
        List<RunOutcome> outcomes = loop.runAll(programs, RunMode.DEFAULT);
        assertEquals(300, outcomes.size());
        for (int i = 0; i < 300; i++) {
            RunOutcome outcome = outcomes.get(i);
            assertEquals("n: " + i + "\n", assertInstanceOf(RunOutcome.Traced.class, outcome,
                    () -> outcome.toString()).trace().toString());
        }
    }

    @Test
    void aProgramThatNeverStopsTimesOutAndTheNextRunsOnANewDriver() {
        RunMode shortBudget = new RunMode(false, Duration.ofMillis(1500), 1);
        List<RunOutcome> outcomes = loop.runAll(List.of(
                ProgramText.parse("record(\"first\")\n"),
                ProgramText.parse("loop.run_forever()\n").describedAs("runs forever", List.of()),
                ProgramText.parse("record(\"after\")\n")), shortBudget);
        assertEquals("first\n", assertInstanceOf(RunOutcome.Traced.class, outcomes.get(0)).trace().toString());
        RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, outcomes.get(1));
        assertEquals(RunOutcome.Kind.TIMEOUT, fault.kind());
        assertTrue(fault.detail().contains("program \"runs forever\""), fault.detail());
        assertEquals("after\n", assertInstanceOf(RunOutcome.Traced.class, outcomes.get(2)).trace().toString());
    }
}
