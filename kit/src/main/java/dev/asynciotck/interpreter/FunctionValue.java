package dev.asynciotck.interpreter;

import dev.asynciotck.program.FunctionDef;

/**
 * A program function as a value. Equality is identity of the definition, so that the same function
 * passed twice to {@code add_done_callback} is the same callback.
 *
 * @param def the definition
 */
record FunctionValue(FunctionDef def) {
    @Override
    public boolean equals(Object o) {
        return o instanceof FunctionValue f && f.def == def;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(def);
    }
}
