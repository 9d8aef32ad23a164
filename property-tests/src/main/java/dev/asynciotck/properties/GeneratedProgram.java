package dev.asynciotck.properties;

import dev.asynciotck.program.Program;

/** A generated program with what its generator knows about it (what the invariant needs). */
public interface GeneratedProgram {

    /** @return the program */
    Program program();
}
