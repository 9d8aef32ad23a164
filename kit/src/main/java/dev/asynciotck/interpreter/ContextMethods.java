package dev.asynciotck.interpreter;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.ContextVar;
import dev.asynciotck.api.TypeError;

import java.util.List;
import java.util.Map;

/**
 * Context variables: the methods of a {@code ContextVar} and a {@code Context} (the builtins
 * {@code ContextVar} and {@code copy_context} that make them are in {@link ContextBuiltins}).
 * The loop under test decides which context is current when a callback or a task step runs.
 */
final class ContextMethods {

    static final Map<String, Methods.Body<Object>> CONTEXT_VAR = Methods.table(ContextVar.class, null)
            .with("get", (s, v, a) -> {
                a.noMoreThan(0);
                return v.get();
            })
            .with("set", (s, v, a) -> {
                Object value = a.required(0, "value");
                a.noMoreThan(1);
                return v.set(value);
            })
            .with("reset", (s, v, a) -> {
                Object token = a.required(0, "token");
                a.noMoreThan(1);
                if (!(token instanceof ContextVar.Token t)) {
                    throw new TypeError("expected an instance of Token, got " + PyOps.repr(token));
                }
                v.reset(t);
                return null;
            }).build();

    static final Map<String, Methods.Body<Object>> CONTEXT = Methods.table(Context.class, null)
            .with("get", (s, c, a) -> {
                Object variable = a.required(0, "var");
                Object defaultValue = a.optional(1, "default", null);
                a.noMoreThan(2);
                return c.get(contextVar(variable), defaultValue);
            })
            .with("run", (s, c, a) -> {
                Object fn = a.required(0, "callable");
                List<Object> args = a.from(1);
                Object[] result = new Object[1];
                c.run(() -> result[0] = s.calls.call(fn, args, Map.of()));
                return result[0];
            }).build();

    private ContextMethods() {
    }

    private static ContextVar contextVar(Object v) {
        if (v instanceof ContextVar var) {
            return var;
        }
        throw new TypeError("a ContextVar key was expected, got " + PyOps.repr(v));
    }
}
