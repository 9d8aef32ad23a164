package dev.asynciotck.interpreter;

import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.WaitResult;
import dev.asynciotck.trace.TraceValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns run-time values into trace values, keeping their shape, and names loop objects: by the
 * first global variable they were assigned to, else {@code <Type>#<n>} in order of first
 * appearance (numbered per type).
 */
final class ValueEncoder {

    private final Map<Object, String> names = new IdentityHashMap<>();
    private final Map<String, Integer> unnamedCounts = new HashMap<>();

    /** Remembers the first variable a loop object is assigned to. */
    synchronized void assigned(String variable, Object value) {
        if (value != null && isRef(value) && !names.containsKey(value)) {
            names.put(value, variable);
        }
    }

    synchronized TraceValue encode(Object v) {
        return encode(v, this);
    }

    /** Encodes without naming objects (for messages). */
    static TraceValue encodeDetached(Object v) {
        return encode(v, null);
    }

    /** What a trace says of a list or dict that holds itself: it cannot be written as a value. */
    static final String HOLDS_ITSELF = "a recorded value holds itself (a list or dict that contains itself,"
            + " directly or deeper); a trace cannot show it";

    private static TraceValue encode(Object v, ValueEncoder namer) {
        return encode(v, namer, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** @param open the containers being encoded around {@code v} */
    private static TraceValue encode(Object v, ValueEncoder namer, Set<Object> open) {
        if ((v instanceof List || v instanceof PyDict) && !open.add(v)) {
            throw new InvalidProgramException(HOLDS_ITSELF);
        }
        try {
            return encodeValue(v, namer, open);
        } finally {
            if (v instanceof List || v instanceof PyDict) {
                open.remove(v);
            }
        }
    }

    private static TraceValue encodeValue(Object v, ValueEncoder namer, Set<Object> open) {
        if (v == null) {
            return TraceValue.NONE;
        }
        if (v instanceof Boolean b) {
            return new TraceValue.Bool(b);
        }
        if (v instanceof Long l) {
            return new TraceValue.Int(l);
        }
        if (v instanceof Integer i) {
            return new TraceValue.Int(i);
        }
        if (v instanceof Double d) {
            return new TraceValue.Float(d);
        }
        if (v instanceof String s) {
            return new TraceValue.Str(s);
        }
        if (v instanceof PyBytes b) {
            return new TraceValue.PyBytes(b.latin1());
        }
        if (v instanceof PyTuple t) {
            return new TraceValue.Tuple(encodeAll(t.items(), namer, open));
        }
        if (v instanceof WaitResult w) {
            return new TraceValue.Tuple(List.of(new TraceValue.PySet(encodeAll(w.done(), namer, open)),
                    new TraceValue.PySet(encodeAll(w.pending(), namer, open))));
        }
        if (v instanceof List<?> l) {
            return new TraceValue.PyList(encodeAll(l, namer, open));
        }
        if (v instanceof Set<?> s) {
            return new TraceValue.PySet(encodeAll(s, namer, open));
        }
        if (v instanceof PyDict d) {
            return new TraceValue.PyDict(encodeAll(d.keys(), namer, open), encodeAll(d.values(), namer, open));
        }
        if (v instanceof PythonException e) {
            return new TraceValue.Error(e.type().pythonName(), e.pythonMessage());
        }
        if (isRef(v)) {
            String type = Kinds.of(v);
            return new TraceValue.Ref(type, namer == null ? type : namer.nameOf(v, type));
        }
        return new TraceValue.Opaque(PyOps.typeName(v));
    }

    private static List<TraceValue> encodeAll(Collection<?> items, ValueEncoder namer, Set<Object> open) {
        List<TraceValue> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(encode(item, namer, open));
        }
        return out;
    }

    private String nameOf(Object v, String type) {
        String name = names.get(v);
        if (name == null) {
            int n = unnamedCounts.merge(type, 1, Integer::sum);
            name = type + "#" + n;
            names.put(v, name);
        }
        return name;
    }

    static boolean isRef(Object v) {
        return Kinds.of(v) != null;
    }
}
