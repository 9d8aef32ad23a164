package dev.asynciotck.interpreter;

import java.util.List;

/**
 * A Python tuple at run time (a {@link java.util.List} is a Python list, a {@link java.util.Set}
 * a Python set).
 *
 * @param items the items
 */
record PyTuple(List<Object> items) {
    PyTuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
