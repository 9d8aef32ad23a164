package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.vocabulary.LanguageName;

import java.util.stream.Collectors;

/** The {@code asyncio} module as a value: its names are the vocabulary's. */
final class AsyncioModule {
    static final AsyncioModule INSTANCE = new AsyncioModule();

    private AsyncioModule() {
    }

    /**
     * @param name an attribute of the module
     * @return its value: a function or a class (a bound method of the module), a constant (its
     *         name, as a string), or an exception type
     */
    static Object attribute(String name) {
        LanguageName found = Kinds.VOCABULARY.asyncio(name).orElseThrow(() -> new InvalidProgramException("'" + name
                + "' is not a method of module 'asyncio' in the scenario language (known: "
                + Kinds.VOCABULARY.asyncio().stream().map(LanguageName::name).collect(Collectors.joining(", ")) + ")"));
        return switch (found.role()) {
            case LanguageName.CONSTANT -> name;
            case LanguageName.EXCEPTION -> new ExceptionClass(PyType.byPythonName(name));
            case LanguageName.BASE_CLASS -> throw new InvalidProgramException("asyncio." + name
                    + " is used only as the base of a program's class (class P(asyncio." + name + "):)");
            default -> new BoundMethod(INSTANCE, name);
        };
    }

    @Override
    public String toString() {
        return "<module 'asyncio'>";
    }
}
