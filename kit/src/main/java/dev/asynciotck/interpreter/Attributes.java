package dev.asynciotck.interpreter;

import dev.asynciotck.vocabulary.ObjectKind;

/**
 * Attribute lookup: {@code obj.name} is allowed when the vocabulary gives objects of that kind the
 * name ({@code spec/vocabulary.json}), and for an instance of a program class when it has the
 * attribute or method (else AttributeError, as in Python); anything else is an invalid program.
 */
final class Attributes {

    private Attributes() {
    }

    static Object get(Session session, Object obj, String name) {
        if (obj == AsyncioModule.INSTANCE) {
            return AsyncioModule.attribute(name);
        }
        if (obj instanceof ProgramObject instance) {
            return instance.attribute(name);
        }
        ObjectKind kind = Kinds.kindOf(obj);
        if (kind == null || kind.methods().isEmpty()) {
            throw new InvalidProgramException("'" + PyOps.typeName(obj) + "' value has no attribute '" + name
                    + "' in the scenario language");
        }
        if (!kind.has(name)) {
            throw new InvalidProgramException("'" + name + "' is not a method of " + kind.what()
                    + " in the scenario language (known: " + String.join(", ", kind.methodNames()) + ")");
        }
        if (kind.isAttribute(name)) {
            return Methods.invoke(session, obj, name, new Args(name, java.util.List.of(), java.util.Map.of()));
        }
        return new BoundMethod(obj, name);
    }
}
