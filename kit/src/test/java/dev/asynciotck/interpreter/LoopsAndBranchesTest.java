package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.program.ProgramText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * if/elif/else, for, while, break and continue, asynchronous generators, keyword arguments of
 * asyncio's functions, dicts and subscripts behave as in Python, and the step budget ends a loop
 * that never stops. Each program is a file of {@code control-flow/}; its {@code .trace} is what the
 * Python driver printed for it on CPython 3.11's asyncio ({@code tck_driver.py --run F.py --text}).
 */
class LoopsAndBranchesTest {

    private static EventLoopFactory reference() {
        return ServiceLoader.load(EventLoopFactory.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals("reference")).findFirst().orElseThrow();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LoopsAndBranchesTest.class.getResourceAsStream("/control-flow/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"if", "for", "while", "awaitloop", "rangeerr", "seq_order", "asyncwith", "boolops", "defaults", "asyncgen", "keywords", "dicts", "sequences", "bytes", "classes", "sockets"})
    void tracesAreCPythons(String name) throws IOException {
        String trace = ProgramInterpreter.run(ProgramText.parse(resource(name + ".py")), reference(),
                LoopOptions.VIRTUAL_TIME).toString();
        assertEquals(resource(name + ".trace").strip(), trace.strip(), name);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"spin", "spin_caught"})
    void aLoopThatNeverStopsRunsOutOfSteps(String name) throws IOException {
        StepBudgetException e = assertThrows(StepBudgetException.class, () -> ProgramInterpreter.run(
                ProgramText.parse(resource(name + ".py")), reference(), LoopOptions.VIRTUAL_TIME));
        assertTrue(e.getMessage().contains("step budget of " + Kinds.VOCABULARY.stepBudget() + " iterations"),
                e.getMessage());
    }

    @Test
    void aForOverASetIsNotInTheLanguage() throws IOException {
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramInterpreter.run(
                ProgramText.parse(resource("set_order.py")), reference(), LoopOptions.VIRTUAL_TIME));
        // the Python driver says the same (tck_driver.py --run set_order.py)
        assertEquals(Machine.SET_ORDER, e.getMessage());
    }

    @Test
    void aValueThatHoldsItselfCannotBeRecorded() throws IOException {
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramInterpreter.run(
                ProgramText.parse(resource("selfref.py")), reference(), LoopOptions.VIRTUAL_TIME));
        // the Python driver says the same (tck_driver.py --run selfref.py)
        assertEquals(ValueEncoder.HOLDS_ITSELF, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "f(1, 2, 3)|f() takes 2 positional argument(s) but 3 were given",
        "f(1, c=2)|f() got an unexpected keyword argument 'c'",
        "f(1, a=2)|f() got multiple values for argument 'a'",
        "f(b=2)|f() missing required argument 'a'"})
    void aCallThatDoesNotFitTheParametersIsAnInvalidProgram(String call) {
        String[] parts = call.split("\\|");
        InvalidProgramException e = assertThrows(InvalidProgramException.class, () -> ProgramInterpreter.run(
                ProgramText.parse("def f(a, b=None):\n    pass\n\n" + parts[0] + "\n"), reference(), LoopOptions.VIRTUAL_TIME));
        assertEquals(parts[1], e.getMessage());
    }

    @Test
    void breakOutsideALoopIsNotInTheLanguage() {
        var e = assertThrows(RuntimeException.class, () -> ProgramText.parse("if True:\n    break\n"));
        assertTrue(e.getMessage().contains("'break' outside a loop"), e.getMessage());
    }
}
