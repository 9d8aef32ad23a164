package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A program's {@code dict}: its items in insertion order, keys compared with Python's {@code ==}
 * (so {@code 1}, {@code 1.0} and {@code True} are one key, as in Python). Programs build small
 * dicts, so a lookup is a scan.
 */
final class PyDict {

    private final List<Object> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** @return the keys, in insertion order (a view) */
    List<Object> keys() {
        return Collections.unmodifiableList(keys);
    }

    /** @return the values, in the order of {@link #keys()} (a view) */
    List<Object> values() {
        return Collections.unmodifiableList(values);
    }

    int size() {
        return keys.size();
    }

    /** {@code d[key]}: raises {@code KeyError(key)} for a key it does not have. */
    Object get(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            throw new PythonException(PyType.KEY_ERROR, PyOps.repr(key));
        }
        return values.get(i);
    }

    /** {@code d[key] = value}: a new key goes last; an existing one keeps its place (and its first form). */
    void put(Object key, Object value) {
        int i = indexOf(key);
        if (i < 0) {
            keys.add(key);
            values.add(value);
        } else {
            values.set(i, value);
        }
    }

    private int indexOf(Object key) {
        requireHashable(key);
        for (int i = 0; i < keys.size(); i++) {
            if (PyOps.equal(keys.get(i), key)) {
                return i;
            }
        }
        return -1;
    }

    /** Python's {@code hash(key)} refusal: a list, a set or a dict (also inside a tuple) cannot be a key. */
    static void requireHashable(Object key) {
        if (key instanceof List || key instanceof Set || key instanceof PyDict) {
            throw new TypeError("unhashable type: '" + PyOps.typeName(key) + "'");
        }
        if (key instanceof PyTuple t) {
            t.items().forEach(PyDict::requireHashable);
        }
    }

    /** Python's {@code ==} of two dicts: the same keys with equal values, in any order. */
    boolean sameItems(PyDict other) {
        if (other.size() != size()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            int j = other.indexOf(keys.get(i));
            if (j < 0 || !PyOps.equal(values.get(i), other.values.get(j))) {
                return false;
            }
        }
        return true;
    }
}
