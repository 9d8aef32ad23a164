package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Python's operators on run-time values: truth, equality, ordering, arithmetic. */
final class PyOps {

    private PyOps() {
    }

    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (v instanceof PyTuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof PyRange r) {
            return r.size() != 0;
        }
        if (v instanceof PyDict d) {
            return d.size() != 0;
        }
        if (v instanceof PyBytes b) {
            return b.size() != 0;
        }
        return true;
    }

    static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean;
    }

    static double toDouble(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        throw new TypeError("must be real number, not " + typeName(v));
    }

    private static long toLong(Object v) {
        return v instanceof Boolean b ? (b ? 1 : 0) : (Long) v;
    }

    static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double || b instanceof Double) {
                return toDouble(a) == toDouble(b);
            }
            return toLong(a) == toLong(b);
        }
        if (a instanceof String && b instanceof String || a instanceof PyBytes && b instanceof PyBytes) {
            return a.equals(b);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return equalLists(ta.items(), tb.items());
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            return equalLists(la, lb);
        }
        if (a instanceof Set<?> sa && b instanceof Set<?> sb) {
            return sa.size() == sb.size() && containsAll(sa, sb);
        }
        if (a instanceof PyDict da && b instanceof PyDict db) {
            return da.sameItems(db);
        }
        if (a instanceof FunctionValue || a instanceof BoundMethod || a instanceof ExceptionClass) {
            return a.equals(b);
        }
        return false;
    }

    private static boolean equalLists(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAll(Set<?> a, Set<?> b) {
        for (Object x : b) {
            boolean found = false;
            for (Iterator<?> it = a.iterator(); it.hasNext() && !found; ) {
                found = equal(it.next(), x);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static boolean identical(Object a, Object b) {
        if (a instanceof Boolean || b instanceof Boolean) {
            return a != null && a.equals(b);
        }
        if (a instanceof FunctionValue || a instanceof BoundMethod m && m.self() == AsyncioModule.INSTANCE) {
            // One object per function, as in Python (a method of a loop object is a new bound method each time).
            return a.equals(b);
        }
        return a == b;
    }

    static boolean compare(String op, Object a, Object b) {
        switch (op) {
            case "==":
                return equal(a, b);
            case "!=":
                return !equal(a, b);
            case "is":
                return identical(a, b);
            case "is not":
                return !identical(a, b);
            default:
                return order(op, a, b);
        }
    }

    private static boolean order(String op, Object a, Object b) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            c = Double.compare(toDouble(a), toDouble(b));
            if (Double.isNaN(toDouble(a)) || Double.isNaN(toDouble(b))) {
                return false;
            }
        } else if (a instanceof String sa && b instanceof String sb) {
            c = sa.compareTo(sb);
        } else if (a instanceof PyBytes ba && b instanceof PyBytes bb) {
            c = ba.compareTo(bb);
        } else if (sequence(a) != null && sequence(b) != null && a.getClass() == b.getClass()) {
            // Python's lexicographic order: the first items that differ decide, else the lengths
            List<?> la = sequence(a);
            List<?> lb = sequence(b);
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                if (!equal(la.get(i), lb.get(i))) {
                    return order(op, la.get(i), lb.get(i));
                }
            }
            c = Integer.compare(la.size(), lb.size());
        } else {
            throw new TypeError("'" + op + "' not supported between instances of '" + typeName(a)
                    + "' and '" + typeName(b) + "'");
        }
        switch (op) {
            case "<":
                return c < 0;
            case "<=":
                return c <= 0;
            case ">":
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** @return the items of a list or a tuple, else null */
    private static List<?> sequence(Object v) {
        return v instanceof PyTuple t ? t.items() : v instanceof List<?> l ? l : null;
    }

    static Object arithmetic(String op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            boolean floating = a instanceof Double || b instanceof Double;
            switch (op) {
                case "+":
                    return floating ? (Object) (toDouble(a) + toDouble(b)) : (Object) Math.addExact(toLong(a), toLong(b));
                case "-":
                    return floating ? (Object) (toDouble(a) - toDouble(b)) : (Object) Math.subtractExact(toLong(a), toLong(b));
                default:
                    return floating ? (Object) (toDouble(a) * toDouble(b)) : (Object) Math.multiplyExact(toLong(a), toLong(b));
            }
        }
        if ("+".equals(op) && repeatable(a)) {
            return concatenate(a, b);
        }
        if ("*".equals(op) && (repeatable(a) || repeatable(b))) {
            return repeat(repeatable(a) ? a : b, repeatable(a) ? b : a);
        }
        throw new TypeError("unsupported operand type(s) for " + op + ": '" + typeName(a) + "' and '"
                + typeName(b) + "'");
    }

    /** The most items a sequence made by {@code +} or {@code *} may have in the scenario language. */
    static final int MAX_ITEMS = 10_000_000;

    private static boolean repeatable(Object v) {
        return v instanceof String || v instanceof PyBytes || sequence(v) != null;
    }

    /** {@code a + b} of a str, a list or a tuple: {@code b} must be of the same type, as in Python. */
    private static Object concatenate(Object a, Object b) {
        if (a instanceof PyBytes ba) {
            if (!(b instanceof PyBytes bb)) {
                throw new TypeError("can't concat " + typeName(b) + " to bytes");
            }
            checkedSize(ba.size(), 1, bb.size());
            return PyBytes.concat(ba, bb);
        }
        if (a.getClass() != b.getClass() && !(a instanceof List && b instanceof List)) {
            throw new TypeError("can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to "
                    + typeName(a));
        }
        if (a instanceof String sa) {
            checkedSize(sa.length(), 1, ((String) b).length());
            return sa + b;
        }
        List<Object> out = new java.util.ArrayList<>(sequence(a));
        checkedSize(out.size(), 1, sequence(b).size());
        out.addAll(sequence(b));
        return a instanceof PyTuple ? new PyTuple(out) : out;
    }

    /** {@code seq * n} (or {@code n * seq}): n copies, none for n <= 0; n must be an int. */
    private static Object repeat(Object seq, Object times) {
        if (!(times instanceof Long || times instanceof Boolean)) {
            throw new TypeError("can't multiply sequence by non-int of type '" + typeName(times) + "'");
        }
        long n = Math.max(0, toLong(times));
        if (seq instanceof PyBytes b) {
            checkedSize(b.size(), n, 0);
            return b.repeat((int) n);
        }
        if (seq instanceof String s) {
            checkedSize(s.length(), n, 0);
            return s.isEmpty() ? s : s.repeat((int) n); // "" passes the size check for any n, and "" * 2**32 is ""
        }
        List<?> items = sequence(seq);
        checkedSize(items.size(), n, 0);
        List<Object> out = new java.util.ArrayList<>();
        for (long i = 0; i < n && !items.isEmpty(); i++) {
            out.addAll(items);
        }
        return seq instanceof PyTuple ? new PyTuple(out) : out;
    }

    /** Refuses a sequence of {@code length * times + more} items beyond {@link #MAX_ITEMS}. */
    private static void checkedSize(long length, long times, long more) {
        if (length > 0 && times > (MAX_ITEMS - more) / length || length == 0 && more > MAX_ITEMS) {
            throw new InvalidProgramException("a sequence of more than " + MAX_ITEMS + " items is beyond the"
                    + " scenario language's values");
        }
    }

    /**
     * {@code of[index]}: an item of a dict (by key), a list or a tuple (by an int index, negative
     * from the end).
     */
    static Object subscript(Object of, Object index) {
        if (of instanceof PyDict d) {
            return d.get(index);
        }
        if (of instanceof PyBytes b) {
            if (!(index instanceof Long || index instanceof Boolean)) {
                throw new TypeError("byte indices must be integers or slices, not " + typeName(index));
            }
            return b.at(position(of, index, b.size(), "index"));
        }
        if (of instanceof String s) {
            if (!(index instanceof Long || index instanceof Boolean)) {
                throw new InvalidProgramException("a string index is an int in the scenario language (Python's message"
                        + " for " + typeName(index) + " differs between versions)");
            }
            int[] codePoints = s.codePoints().toArray();
            return new String(codePoints, position(of, index, codePoints.length, "index"), 1);
        }
        List<?> items = sequence(of);
        if (items == null) {
            throw new TypeError("'" + typeName(of) + "' object is not subscriptable");
        }
        return items.get(position(of, index, items.size(), "index"));
    }

    /** {@code of[index] = value}: sets an item of a dict or a list. */
    static void setItem(Object of, Object index, Object value) {
        if (of instanceof PyDict d) {
            d.put(index, value);
        } else if (of instanceof List<?>) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) of;
            list.set(position(of, index, list.size(), "assignment index"), value);
        } else {
            throw new TypeError("'" + typeName(of) + "' object does not support item assignment");
        }
    }

    /** The position an int index names in a list or tuple of {@code size} items, as Python finds it. */
    private static int position(Object of, Object index, int size, String what) {
        if (!(index instanceof Long || index instanceof Boolean)) {
            throw new TypeError(typeName(of) + " indices must be integers or slices, not " + typeName(index));
        }
        long i = toLong(index);
        long at = i < 0 ? i + size : i;
        if (at < 0 || at >= size) {
            throw new PythonException(PyType.INDEX_ERROR, (of instanceof PyBytes ? "" : (of instanceof String ? "string"
                    : typeName(of)) + " ") + what + " out of range");
        }
        return (int) at;
    }

    /** @return Python's {@code type(v).__name__} for a run-time value */
    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Long) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Set) {
            return "set";
        }
        if (v instanceof PyTuple) {
            return "tuple";
        }
        if (v instanceof PyDict) {
            return "dict";
        }
        if (v instanceof PyBytes) {
            return "bytes";
        }
        if (v instanceof PyRange) {
            return "range";
        }
        if (v instanceof PythonException e) {
            return e.type().pythonName();
        }
        if (v instanceof FunctionValue) {
            return "function";
        }
        if (v instanceof ProgramObject o) {
            return o.classDef.name();
        }
        if (v instanceof ClassValue) {
            return "type";
        }
        if (v instanceof ProgramMethod) {
            return "method";
        }
        if (v instanceof BoundMethod) {
            return "method";
        }
        if (v instanceof ExceptionClass) {
            return "type";
        }
        if (v instanceof ProgramAsyncGenerator) {
            return "async_generator";
        }
        if (v instanceof Coroutine) {
            return "coroutine";
        }
        String kind = Kinds.of(v);
        return kind != null ? kind : v.getClass().getSimpleName();
    }

    /** @return a short Python-like {@code repr} of a value, for messages */
    static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Long || v instanceof Double || v instanceof String || v instanceof PyTuple
                || v instanceof PyBytes || v instanceof PythonException) {
            return ValueEncoder.encodeDetached(v).toString();
        }
        if (v instanceof FunctionValue f) {
            return "<function " + f.def().name() + ">";
        }
        if (v instanceof ClassValue c) {
            return "<class '__main__." + c.def().name() + "'>";
        }
        if (v instanceof ProgramObject o) {
            return o.toString();
        }
        return "<" + typeName(v) + " object>";
    }
}
