package dev.asynciotck.interpreter;

import dev.asynciotck.api.Context;
import dev.asynciotck.api.ContextVar;
import dev.asynciotck.api.TypeError;

import java.util.List;
import java.util.Map;

/**
 * The builtins {@code ContextVar} and {@code copy_context}: Python's {@code contextvars}, predefined.
 * Apart from {@link ContextMethods}, whose tables {@link Methods} initializes: a builtin called first
 * must not start that initialization from the other end.
 */
final class ContextBuiltins {

    private ContextBuiltins() {
    }

    /** The builtin {@code ContextVar(name, default=...)}. */
    static Object newContextVar(List<Object> args, Map<String, Object> kwargs) {
        Args a = new Args("ContextVar", args, kwargs);
        Object name = a.required(0, "name");
        boolean hasDefault = kwargs.containsKey("default");
        Object defaultValue = a.keyword("default", null);
        a.noMoreThan(1);
        if (!(name instanceof String n)) {
            throw new TypeError("context variable name must be a str");
        }
        return hasDefault ? new ContextVar(n, defaultValue) : new ContextVar(n);
    }

    /** The builtin {@code copy_context()}. */
    static Object copyContext(List<Object> args, Map<String, Object> kwargs) {
        new Args("copy_context", args, kwargs).noMoreThan(0);
        return Context.copyCurrent();
    }
}
