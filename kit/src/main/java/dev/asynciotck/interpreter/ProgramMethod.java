package dev.asynciotck.interpreter;

import dev.asynciotck.program.FunctionDef;

/**
 * {@code obj.method} for an instance of a program class: calling it calls the method with the
 * instance first. Equality compares the instance by identity, as Python compares bound methods.
 *
 * @param self   the instance
 * @param method the method
 */
record ProgramMethod(ProgramObject self, FunctionDef method) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ProgramMethod m && m.self == self && m.method == method;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + System.identityHashCode(method);
    }
}
