package dev.asynciotck.interpreter;

import dev.asynciotck.program.ClassDef;

/**
 * A class of the program as a value: calling it makes a {@link ProgramObject}. Two values of the
 * same definition are the same class.
 *
 * @param def the definition
 */
record ClassValue(ClassDef def) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ClassValue c && c.def == def;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(def);
    }
}
