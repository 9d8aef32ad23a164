package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.program.FunctionDef;

import java.util.Map;

/** The coroutine object made by calling an {@code async def} of the program. */
final class ProgramCoroutine implements Coroutine {

    private final FunctionDef def;
    private final Machine machine;

    ProgramCoroutine(Session session, FunctionDef def, Map<String, Object> locals) {
        this.def = def;
        this.machine = new Machine(session, def.body(), locals);
    }

    @Override
    public CoroutineStep send(Object value) {
        return machine.resume(null);
    }

    @Override
    public CoroutineStep throwInto(PythonException error) {
        return machine.resume(error);
    }

    @Override
    public String name() {
        return def.name();
    }

    @Override
    public String toString() {
        return "<coroutine object " + def.name() + ">";
    }
}
