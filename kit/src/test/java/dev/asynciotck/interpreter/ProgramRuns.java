package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.program.ProgramText;

/** Runs a program of the tests on the reference loop, in virtual time. */
final class ProgramRuns {

    private ProgramRuns() {
    }

    /**
     * @param program a program's text, its lines separated by {@code |}
     * @return its trace, its lines separated by {@code |}
     */
    static String trace(String program) {
        EventLoopFactory reference = java.util.ServiceLoader.load(EventLoopFactory.class).stream()
                .map(java.util.ServiceLoader.Provider::get).filter(f -> f.name().equals("reference")).findFirst()
                .orElseThrow();
        return ProgramInterpreter.run(ProgramText.parse(program.replace("|", "\n")), reference,
                LoopOptions.VIRTUAL_TIME).toString().replace("\n", "|");
    }
}
