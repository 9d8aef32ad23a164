package dev.asynciotck.properties;

import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;

import java.util.List;

/**
 * A generated program written in the text form: its recipe, its text (shown in failures) and the
 * program parsed from it. A subclass decodes the recipe in its constructor and ends with
 * {@link #text(String)}.
 */
abstract class TextProgram implements GeneratedProgram {

    private final List<Integer> recipe;
    private String text;
    private Program program;

    TextProgram(List<Integer> recipe) {
        this.recipe = List.copyOf(recipe);
    }

    /** Sets the program's text, at the end of the subclass's constructor. */
    final void text(String programText) {
        this.text = programText;
        this.program = ProgramText.parse(programText);
    }

    @Override
    public final List<Integer> recipe() {
        return recipe;
    }

    @Override
    public final Program program() {
        return program;
    }

    @Override
    public final String toString() {
        return "\n" + PropertyCheck.indent(text);
    }
}
