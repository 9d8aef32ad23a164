package dev.asynciotck.interpreter;

import java.util.List;
import java.util.Map;

/** A builtin function of the scenario language. */
record Builtin(String name, Body body) {

    /** What a builtin does. */
    @FunctionalInterface
    interface Body {
        Object call(List<Object> args, Map<String, Object> kwargs);
    }
}
