package dev.asynciotck.program;

import java.util.List;

/**
 * A top-level class: {@code class Name:} or {@code class Name(asyncio.Protocol):}, whose body
 * defines methods (or is a lone {@code pass}). Calling the class makes an instance and calls its
 * {@code __init__}, if defined; instances hold attributes ({@code self.x = EXPR}).
 *
 * @param name    the class's name
 * @param bases   its base, {@code asyncio.NAME} for a vocabulary name whose role is "base class",
 *                or no base (at most one)
 * @param methods the methods, in definition order; the first parameter of each is the instance
 */
public record ClassDef(String name, List<String> bases, List<FunctionDef> methods) {

    /** Copies the lists; checks there is at most one base and that each method takes the instance. */
    public ClassDef {
        bases = bases == null ? List.of() : List.copyOf(bases);
        methods = methods == null ? List.of() : List.copyOf(methods);
        if (bases.size() > 1) {
            throw new IllegalArgumentException(name + ": more than one base");
        }
        for (FunctionDef m : methods) {
            if (m.params().isEmpty()) {
                throw new IllegalArgumentException(name + "." + m.name() + ": a method takes the instance first");
            }
        }
    }

    /**
     * @param methodName a method's name
     * @return the method, or {@code null}
     */
    public FunctionDef method(String methodName) {
        for (FunctionDef m : methods) {
            if (m.name().equals(methodName)) {
                return m;
            }
        }
        return null;
    }

    /** @return the base's name without {@code asyncio.} ({@code Protocol}), or {@code null} when there is none */
    public String asyncioBase() {
        return bases.isEmpty() ? null : bases.get(0).substring(bases.get(0).indexOf('.') + 1);
    }
}
