package dev.asynciotck.properties;

import dev.asynciotck.program.Program;

import java.util.List;

/** A generated program with what its generator knows about it (what the invariant needs). */
public interface GeneratedProgram {

    /** @return the program */
    Program program();

    /** @return the integers it was decoded from: its {@link ProgramFamily} rebuilds it from them */
    List<Integer> recipe();
}
