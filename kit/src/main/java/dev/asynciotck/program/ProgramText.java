package dev.asynciotck.program;

/**
 * The text form of programs: the subset of Python described in {@code spec/language.md}.
 *
 * <p>{@code parse(print(p))} equals {@code p} with its name and clauses cleared (the text form
 * carries neither; {@link #print} writes them as comments, which {@link #parse} ignores). Three
 * things have no Python text and print as their nearest equivalent: an empty block prints as
 * {@code pass}, a bare {@code except} that binds a name prints as {@code except BaseException as e},
 * and a non-finite float constant prints as {@code float("nan")}, {@code float("inf")} or
 * {@code float("-inf")} (which {@link #parse} reads back as the constant).
 */
public final class ProgramText {

    private ProgramText() {
    }

    /**
     * @param program a program
     * @return its Python source: a {@code # name} comment if it has a name, the functions (each
     *         followed by a blank line), then the module-level statements; 4-space indentation
     */
    public static String print(Program program) {
        return ProgramPrinter.print(program);
    }

    /**
     * @param text Python source in the scenario language's subset
     * @return the program, with name {@code ""} and no clauses
     * @throws ProgramSyntaxException naming the line, column and construct that is not in the subset
     */
    public static Program parse(String text) {
        return new ProgramParser(text).parse();
    }
}
