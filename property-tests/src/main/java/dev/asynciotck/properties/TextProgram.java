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

    /**
     * The end of a generated {@code main}: lets the loop run ({@code sleep(0)}) while a task of the
     * list {@code tasks} is not done, at most {@code iterations} times, and leaves how many are not
     * done in {@code waiting}.
     *
     * @param iterations the most iterations to wait
     * @param tasks      the name of the list of tasks
     * @param stopWhen   a condition that also ends the wait, or null
     * @return the statements, indented for the body of {@code main}
     */
    static String settle(int iterations, String tasks, String stopWhen) {
        return "    for n in range(" + iterations + "):\n        waiting = 0\n"
                + "        for c in " + tasks + ":\n            if not c.done():\n"
                + "                waiting = waiting + 1\n"
                + "        if waiting == 0:\n            break\n"
                + (stopWhen == null ? "" : "        if " + stopWhen + ":\n            break\n")
                + "        await asyncio.sleep(0)\n";
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
