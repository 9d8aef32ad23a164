package dev.asynciotck.program;

import java.util.List;

/** A statement of the scenario language. */
public sealed interface Stmt {

    /**
     * {@code EXPR}: evaluate and drop the value.
     *
     * @param value the expression
     */
    record ExprStmt(Expr value) implements Stmt {
    }

    /**
     * {@code target = EXPR}: bind a global.
     *
     * @param target the variable
     * @param value  the expression
     */
    record Assign(String target, Expr value) implements Stmt {
    }

    /**
     * {@code await EXPR} or {@code target = await EXPR}; only inside {@code async def}.
     *
     * @param target the variable to bind, or {@code null}
     * @param value  the awaitable
     */
    record Await(String target, Expr value) implements Stmt {
    }

    /**
     * {@code return} or {@code return EXPR}.
     *
     * @param value the value, or {@code null} for {@code None}
     */
    record Return(Expr value) implements Stmt {
    }

    /**
     * {@code raise EXPR}, or a bare {@code raise} that re-raises the exception being handled.
     *
     * @param value the exception, or {@code null} to re-raise
     */
    record Raise(Expr value) implements Stmt {
    }

    /** {@code pass}. */
    record Pass() implements Stmt {
    }

    /**
     * {@code try: … except …: … finally: …}.
     *
     * @param body        the protected statements
     * @param handlers    the {@code except} clauses, in order
     * @param finallyBody the {@code finally} statements (empty if none)
     */
    record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> finallyBody) implements Stmt {
        /** Copies the lists. */
        public Try {
            body = List.copyOf(body);
            handlers = handlers == null ? List.of() : List.copyOf(handlers);
            finallyBody = finallyBody == null ? List.of() : List.copyOf(finallyBody);
        }
    }

    /**
     * One {@code except} clause.
     *
     * @param types the exception type names it catches; empty for a bare {@code except:}
     * @param name  the variable bound to the exception ({@code as name}), or {@code null}
     * @param body  the statements
     */
    record Handler(List<String> types, String name, List<Stmt> body) {
        /** Copies the lists. */
        public Handler {
            types = types == null ? List.of() : List.copyOf(types);
            body = List.copyOf(body);
        }
    }
}
