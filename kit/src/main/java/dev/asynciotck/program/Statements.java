package dev.asynciotck.program;

import java.util.List;
import java.util.function.Predicate;

/**
 * Facts about a function's body found by walking its statements, nested blocks included (a
 * function of the language has no nested functions).
 */
final class Statements {

    private Statements() {
    }

    /** @return whether {@code body} has a {@code yield}, which makes its {@code async def} an asynchronous generator */
    static boolean yields(List<Stmt> body) {
        return find(body, s -> s instanceof Stmt.Yield) != null;
    }

    /** @return whether {@code body} has a {@code return EXPR}, which an asynchronous generator may not have */
    static boolean returnsValue(List<Stmt> body) {
        return find(body, s -> s instanceof Stmt.Return r && r.value() != null) != null;
    }

    private static Stmt find(List<Stmt> body, Predicate<Stmt> test) {
        for (Stmt s : body) {
            if (test.test(s)) {
                return s;
            }
            for (List<Stmt> inner : blocks(s)) {
                Stmt found = find(inner, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<List<Stmt>> blocks(Stmt s) {
        if (s instanceof Stmt.If i) {
            return List.of(i.body(), i.orElse());
        }
        if (s instanceof Stmt.For f) {
            return List.of(f.body());
        }
        if (s instanceof Stmt.AsyncFor f) {
            return List.of(f.body());
        }
        if (s instanceof Stmt.While w) {
            return List.of(w.body());
        }
        if (s instanceof Stmt.AsyncWith w) {
            return List.of(w.body());
        }
        if (s instanceof Stmt.Try t) {
            List<List<Stmt>> out = new java.util.ArrayList<>();
            out.add(t.body());
            t.handlers().forEach(h -> out.add(h.body()));
            out.add(t.finallyBody());
            return out;
        }
        return List.of();
    }
}
