package dev.asynciotck.protocol;

import dev.asynciotck.settings.Setting;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.LoopSelector;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Choosing a {@code python:} loop: the accepted identifiers, and drivers that cannot start. */
class PythonLoopProviderTest {

    private String previousPython;

    @BeforeEach
    void useTestPython() {
        previousPython = System.setProperty(Setting.PYTHON.property(), TestPython.INTERPRETER);
    }

    @AfterEach
    void restorePython() {
        if (previousPython == null) {
            System.clearProperty(Setting.PYTHON.property());
        } else {
            System.setProperty(Setting.PYTHON.property(), previousPython);
        }
    }

    @Test
    void theThreeFormsGiveTheDriversLoopArgument() {
        assertEquals("asyncio", PythonLoopProvider.loopArgument("python:asyncio"));
        assertEquals("uvloop", PythonLoopProvider.loopArgument("python:uvloop"));
        assertEquals("pkg.loops:new_loop", PythonLoopProvider.loopArgument("python:pkg.loops:new_loop"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"python:", "python:a b:c", "python:mod:", "python:tokio", "python::fn",
            "python:mod:fn:extra", "python:1mod:fn", "python:mod.:fn"})
    void aMalformedIdentifierNamesItselfAndTheAcceptedForms(String id) {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> LoopSelector.select(id));
        assertTrue(e.getMessage().contains("malformed loop identifier '" + id + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("python:asyncio") && e.getMessage().contains("python:uvloop")
                && e.getMessage().contains("python:<module>:<callable>"), e.getMessage());
    }

    @Test
    void theSelectorListsThePythonForms() {
        String forms = LoopSelector.acceptedForms();
        assertTrue(forms.contains("python:<module>:<callable>"), forms);
        assertEquals(3, new PythonLoopProvider().forms().size());
    }

    @Test
    void aModuleAndCallableRunsTheLoopItMakes() {
        try (TestedLoop loop = LoopSelector.select("python:asyncio:new_event_loop")) {
            assertEquals("asyncio:new_event_loop", loop.implementation().name());
            RunOutcome outcome = loop.run(ProgramText.parse("record(\"x\", 1)\n"), RunMode.DEFAULT);
            assertEquals("x: 1\n", assertInstanceOf(RunOutcome.Traced.class, outcome).trace().toString());
        }
    }

    @Test
    void aLoopReturningAnotherKindOfObjectFailsTheRunItDoesNotMakeTheProgramInvalid() {
        try (TestedLoop loop = LoopSelector.select("python:tck_selftest:loop_without_timer_handles")) {
            RunOutcome outcome = loop.run(ProgramText.parse("h = loop.call_later(0.001, loop.stop)\n"
                    + "record(\"when\", h.when())\nloop.run_forever()\n"), RunMode.DEFAULT);
            RunOutcome.Fault fault = assertInstanceOf(RunOutcome.Fault.class, outcome);
            assertEquals(RunOutcome.Kind.WRONG_KIND, fault.kind());
            assertEquals("call_later returned asyncio.events.Handle (no when()); asyncio returns a TimerHandle "
                    + "(at /main/1/value/args/1/call)", fault.detail());
        }
    }

    @Test
    void uvloopThatIsNotInstalledSaysHowToInstallIt(@TempDir Path dir) throws Exception {
        // the interpreter without its site-packages: uvloop (a distribution package) cannot be imported
        Path withoutSite = dir.resolve("python-without-site");
        Files.writeString(withoutSite, "#!/bin/sh\nexec " + TestPython.INTERPRETER + " -S \"$@\"\n");
        assertTrue(withoutSite.toFile().setExecutable(true));
        System.setProperty(Setting.PYTHON.property(), withoutSite.toString());
        LoopSelectionException e = assertThrows(LoopSelectionException.class,
                () -> LoopSelector.select("python:uvloop"));
        assertTrue(e.getMessage().contains("uvloop is not installed"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install python3-uvloop"), e.getMessage());
        assertTrue(e.getMessage().contains("exited with status 2 before its hello"), e.getMessage());
    }

    @Test
    void uvloopWhenInstalledRunsPrograms() throws Exception {
        assumeTrue(TestPython.hasUvloop(), "uvloop is not installed for " + TestPython.INTERPRETER);
        try (TestedLoop loop = LoopSelector.select("python:uvloop")) {
            assertEquals("uvloop", loop.implementation().name());
            RunOutcome outcome = loop.run(ProgramText.parse("record(\"x\", 1)\n"), RunMode.DEFAULT);
            assertEquals("x: 1\n", assertInstanceOf(RunOutcome.Traced.class, outcome).trace().toString());
        }
    }

    @Test
    void aModuleThatCannotBeImportedIsAClearError() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class,
                () -> LoopSelector.select("python:no_such_module_for_tck:new_loop"));
        assertTrue(e.getMessage().contains("cannot import no_such_module_for_tck"), e.getMessage());
    }

    @Test
    void anInterpreterThatIsNotThereNamesItselfAndWhereItCameFrom() {
        System.setProperty(Setting.PYTHON.property(), "/no/such/python3");
        LoopSelectionException e = assertThrows(LoopSelectionException.class,
                () -> LoopSelector.select("python:asyncio"));
        assertTrue(e.getMessage().contains("cannot start the driver /no/such/python3"), e.getMessage());
        assertTrue(e.getMessage().contains("from -Dtck.python; choose another with -Dtck.python=PATH"), e.getMessage());
    }

    @Test
    void onTheCommandLineTheMessageNamesTheOptionUsed() {
        Setting.startCommandLineRun();
        try {
            Setting.PYTHON.setFromCommandLine("/no/such/python3");
            LoopSelectionException e = assertThrows(LoopSelectionException.class,
                    () -> LoopSelector.select("python:asyncio"));
            assertTrue(e.getMessage().contains("from --python; choose another with --python PATH"), e.getMessage());
        } finally {
            Setting.endCommandLineRun();
        }
    }
}
