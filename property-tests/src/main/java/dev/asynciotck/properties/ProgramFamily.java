package dev.asynciotck.properties;

import org.quicktheories.core.Gen;

import java.util.List;
import java.util.function.Function;

/**
 * A kind of generated program: how recipes (lists of integers, which QuickTheories shrinks) are
 * generated, and how a recipe decodes to a program. A saved case keeps the recipe, so that
 * {@code ./tck replay} rebuilds the very program, with what its invariant needs to know.
 *
 * @param recipes generates recipes
 * @param decode  decodes a recipe (any list of integers within the generator's bounds)
 * @param <P>     the kind of program
 */
public record ProgramFamily<P extends GeneratedProgram>(Gen<List<Integer>> recipes, Function<List<Integer>, P> decode) {

    /** @return the programs, shrinking with their recipes */
    public Gen<P> programs() {
        return recipes.map(decode);
    }
}
