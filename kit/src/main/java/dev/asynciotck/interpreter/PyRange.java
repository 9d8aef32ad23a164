package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's {@code range(start, stop, step)}: a lazy sequence of integers, which a {@code for}
 * walks one item at a time.
 *
 * @param start the first item
 * @param stop  the bound, never reached
 * @param step  the difference between items, never 0
 */
record PyRange(long start, long stop, long step) {

    /** {@code range(stop)}, {@code range(start, stop)} or {@code range(start, stop, step)}. */
    static PyRange of(Args a) {
        a.noMoreThan(3);
        Object first = a.required(0, "stop");
        if (a.size() == 1) {
            return new PyRange(0, integer(first), 1);
        }
        long step = a.size() == 3 ? integer(a.required(2, "step")) : 1;
        if (step == 0) {
            throw PythonException.of(PyType.VALUE_ERROR, "range() arg 3 must not be zero");
        }
        return new PyRange(integer(first), integer(a.required(1, "stop")), step);
    }

    private static long integer(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw PythonException.of(PyType.TYPE_ERROR,
                "'" + PyOps.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** @return how many items it has */
    long size() {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        long span = step > 0 ? stop - start : start - stop;
        long by = Math.abs(step);
        return (span - 1) / by + 1;
    }

    /** @return the item at {@code index} (0 &le; index &lt; size) */
    long get(long index) {
        return start + index * step;
    }

    /** @return all items (for {@code list(range(…))} and the like) */
    List<Object> items() {
        long n = size();
        List<Object> out = new ArrayList<>((int) Math.min(n, 1024));
        for (long i = 0; i < n; i++) {
            out.add(get(i));
        }
        return out;
    }
}
