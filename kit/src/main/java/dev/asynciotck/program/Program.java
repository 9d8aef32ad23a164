package dev.asynciotck.program;

import java.util.List;
import java.util.Objects;

/**
 * A program of the scenario language: function definitions and module-level statements.
 *
 * @param name      a short description, for reports ({@code ""} if none)
 * @param clauses   the ids of the clauses the program checks (may be empty)
 * @param functions the functions, in definition order
 * @param classes   the classes, in definition order
 * @param main      the module-level statements
 */
public record Program(String name, List<String> clauses, List<FunctionDef> functions, List<ClassDef> classes,
                      List<Stmt> main) {

    /** The format tag written in the JSON form. */
    public static final String FORMAT = "asyncio-tck-program/1";

    /** Copies the lists; nulls become empty. */
    public Program {
        name = name == null ? "" : name;
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        functions = functions == null ? List.of() : List.copyOf(functions);
        classes = classes == null ? List.of() : List.copyOf(classes);
        main = main == null ? List.of() : List.copyOf(main);
    }

    /**
     * A program without classes.
     *
     * @param name      a short description
     * @param clauses   the clause ids
     * @param functions the functions
     * @param main      the module-level statements
     */
    public Program(String name, List<String> clauses, List<FunctionDef> functions, List<Stmt> main) {
        this(name, clauses, functions, List.of(), main);
    }

    /**
     * @param className a class's name
     * @return the class, or {@code null}
     */
    public ClassDef classDef(String className) {
        for (ClassDef c : classes) {
            if (c.name().equals(className)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param functionName a function's name
     * @return the function, or {@code null}
     */
    public FunctionDef function(String functionName) {
        for (FunctionDef f : functions) {
            if (f.name().equals(functionName)) {
                return f;
            }
        }
        return null;
    }

    /**
     * @param newName the name
     * @param newClauses the clause ids
     * @return this program with another name and clauses
     */
    public Program describedAs(String newName, List<String> newClauses) {
        return new Program(newName, newClauses, functions, classes, main);
    }

    /** @return the program's text form */
    @Override
    public String toString() {
        return ProgramText.print(this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Program p && name.equals(p.name) && clauses.equals(p.clauses)
                && functions.equals(p.functions) && classes.equals(p.classes) && main.equals(p.main);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, clauses, functions, classes, main);
    }
}
