package dev.asynciotck.reference;

import java.util.List;

/** Python-like {@code repr} of values, for the texts of futures, tasks and error messages. */
final class PyRepr {

    private PyRepr() {
    }

    /**
     * @param value a value
     * @return roughly what Python's {@code repr(value)} prints
     */
    static String of(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(of(list.get(i)));
            }
            return sb.append(']').toString();
        }
        return value.toString();
    }
}
