package dev.asynciotck.properties;

import dev.asynciotck.program.ClassDef;
import dev.asynciotck.program.FunctionDef;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.program.Stmt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A generated program written in the text form: its recipe, its text (shown in failures) and the
 * program parsed from it. A subclass decodes the recipe in its constructor and ends with
 * {@link #text(String, String)} (or {@link #text(String)} when no part of its text is the same in
 * every program).
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

    /**
     * The programs of a family share their first definitions: each text of them is parsed once and
     * kept here, so that a program costs the parse of its own statements only.
     */
    private static final Map<String, Program> DEFINITIONS = new ConcurrentHashMap<>();

    /**
     * Sets the program's text, at the end of the subclass's constructor: {@code definitions}
     * followed by {@code rest}. The program is the one {@link ProgramText#parse} gives for the whole
     * text; the definitions, the same for every program of the family, are parsed only once.
     *
     * @param definitions the family's functions and classes, the same text in every program (ends
     *                    with a line break, outside any block)
     * @param rest        the rest of the program
     */
    final void text(String definitions, String rest) {
        this.text = definitions + rest;
        this.program = join(DEFINITIONS.computeIfAbsent(definitions, ProgramText::parse), ProgramText.parse(rest));
    }

    /** @return the program of the text of {@code first} followed by that of {@code then} */
    static Program join(Program first, Program then) {
        List<FunctionDef> functions = new ArrayList<>(first.functions());
        functions.addAll(then.functions());
        List<ClassDef> classes = new ArrayList<>(first.classes());
        classes.addAll(then.classes());
        List<Stmt> main = new ArrayList<>(first.main());
        main.addAll(then.main());
        Set<String> names = new HashSet<>();
        for (String name : Stream.concat(functions.stream().map(FunctionDef::name), classes.stream().map(ClassDef::name))
                .toList()) {
            if (!names.add(name)) { // ProgramText.parse refuses this in one text
                throw new IllegalStateException("a generator defines '" + name + "' twice");
            }
        }
        return new Program("", List.of(), functions, classes, main);
    }

    /** @return the program's text, as written */
    final String text() {
        return text;
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
