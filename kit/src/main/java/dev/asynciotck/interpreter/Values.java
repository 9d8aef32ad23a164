package dev.asynciotck.interpreter;

import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.WaitResult;
import dev.asynciotck.api.AsCompleted;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Conversions between the API's values and the interpreter's run-time values. */
final class Values {

    private Values() {
    }

    /** A value coming out of the API, in the interpreter's shapes ({@code wait}'s result is a tuple). */
    static Object fromApi(Object v) {
        if (v instanceof WaitResult w) {
            return new PyTuple(List.of(new LinkedHashSet<Object>(w.done()), new LinkedHashSet<Object>(w.pending())));
        }
        if (v instanceof dev.asynciotck.api.ProcessOutput out) {
            return new PyTuple(java.util.Arrays.asList(out.stdout() == null ? null : PyBytes.of(out.stdout()),
                    out.stderr() == null ? null : PyBytes.of(out.stderr())));
        }
        return NetworkMethods.fromApi(v);
    }

    /** Adds to a Python set: lists and sets are unhashable. */
    static void addToSet(Set<Object> set, Object item) {
        PyDict.requireHashable(item);
        set.add(item);
    }

    /** The items of an iterable value (list, tuple, set, string, what {@code as_completed} returns). */
    static List<Object> iterate(Object v) {
        if (v instanceof PyTuple t) {
            return t.items();
        }
        if (v instanceof PyRange r) {
            return r.items();
        }
        if (v instanceof PyDict d) {
            return new ArrayList<>(d.keys());
        }
        if (v instanceof PyBytes b) {
            return b.items();
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (v instanceof AsCompleted it) {
            List<Object> out = new ArrayList<>();
            for (Object next = it.next(); next != null; next = it.next()) {
                out.add(next);
            }
            return out;
        }
        if (v instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        }
        throw new TypeError("'" + PyOps.typeName(v) + "' object is not iterable");
    }

    /** Python's {@code str(v)} for a constructor argument. */
    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof dev.asynciotck.api.PythonException e) {
            return e.pythonMessage();
        }
        return PyOps.repr(v);
    }
}
