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
     * {@code of[index] = EXPR}: set an item of a dict or a list; binds no name.
     *
     * @param of    the container
     * @param index the key or index
     * @param value the expression
     */
    record SetItem(Expr of, Expr index, Expr value) implements Stmt {
    }

    /**
     * {@code of.attr = EXPR}: set an attribute of an instance of a program class; binds no name.
     *
     * @param of    the object
     * @param attr  the attribute
     * @param value the expression
     */
    record SetAttr(Expr of, String attr, Expr value) implements Stmt {
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
     * {@code if EXPR: … elif …: … else: …}; an {@code elif} is an {@code If} alone in
     * {@code orElse}.
     *
     * @param test   the condition, judged by Python's truth rules
     * @param body   the statements run when it is true
     * @param orElse the statements run when it is false (empty if none)
     */
    record If(Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {
        /** Copies the lists. */
        public If {
            body = List.copyOf(body);
            orElse = orElse == null ? List.of() : List.copyOf(orElse);
        }
    }

    /**
     * {@code for target in EXPR: …}, over a list, a tuple or a {@code range}; each iteration takes
     * one step of the program's step budget.
     *
     * @param target the variable bound to each item
     * @param iter   the iterable
     * @param body   the statements
     */
    record For(String target, Expr iter, List<Stmt> body) implements Stmt {
        /** Copies the list. */
        public For {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code while EXPR: …}; each iteration takes one step of the program's step budget, so that a
     * wrong loop cannot keep a program spinning.
     *
     * @param test the condition, judged before each iteration
     * @param body the statements
     */
    record While(Expr test, List<Stmt> body) implements Stmt {
        /** Copies the list. */
        public While {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code async with EXPR as target: …}; only inside {@code async def}. It awaits the manager's
     * {@code __aenter__()}, binds its result, runs the body, then awaits {@code __aexit__} whichever
     * way the body ends; a true result of {@code __aexit__} suppresses the exception leaving the body.
     *
     * @param manager the asynchronous context manager
     * @param target  the variable bound to what {@code __aenter__} returns, or {@code null}
     * @param body    the statements
     */
    record AsyncWith(Expr manager, String target, List<Stmt> body) implements Stmt {
        /** Copies the list. */
        public AsyncWith {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code async for target in EXPR: …}; only inside {@code async def}. It takes the asynchronous
     * iterator {@code EXPR.__aiter__()} and awaits its {@code __anext__()} before each iteration, until
     * that raises {@code StopAsyncIteration}; each iteration takes one step of the program's step budget.
     *
     * @param target the variable bound to each item
     * @param iter   the asynchronous iterable
     * @param body   the statements
     */
    record AsyncFor(String target, Expr iter, List<Stmt> body) implements Stmt {
        /** Copies the list. */
        public AsyncFor {
            body = List.copyOf(body);
        }
    }

    /**
     * {@code yield} or {@code yield EXPR}, a statement; only inside {@code async def}, which it makes an
     * asynchronous generator function: the value is what the awaited {@code __anext__()} returns.
     *
     * @param value the value, or {@code null} for {@code None}
     */
    record Yield(Expr value) implements Stmt {
    }

    /** {@code break}: leaves the innermost {@code for}, {@code async for} or {@code while}. */
    record Break() implements Stmt {
    }

    /** {@code continue}: goes on with the next iteration of the innermost {@code for} or {@code while}. */
    record Continue() implements Stmt {
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
