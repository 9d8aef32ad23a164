package dev.asynciotck.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python type names of the values a program passes to a loop, for the messages a loop writes
 * ({@code TypeError: data argument must be a bytes-like object, not 'str'}).
 */
public final class PythonValues {

    private PythonValues() {
    }

    /**
     * @param value a value from a program: {@code null}, a {@link Boolean}, a {@link Long}, a
     *              {@link Double}, a {@link String}, a {@code byte[]}, a {@link List}, a
     *              {@link Set}, a {@link Map}, or a {@link PythonTyped} value
     * @return {@code type(value).__name__}
     */
    public static String typeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof PythonTyped typed) {
            return typed.pythonTypeName();
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof byte[]) {
            return "bytes";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Set) {
            return "set";
        }
        if (value instanceof Map) {
            return "dict";
        }
        return value.getClass().getSimpleName();
    }

    /** A value that knows its Python type name (a tuple, a program's object...). */
    public interface PythonTyped {
        /** @return {@code type(self).__name__} */
        String pythonTypeName();
    }
}
