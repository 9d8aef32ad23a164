package dev.asynciotck.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A value recorded in a trace, keeping its Python shape: a tuple is not a list, a set is not a
 * list. {@link #toString()} gives the text form (Python's {@code repr} style).
 */
public sealed interface TraceValue {

    /** Python's {@code None}. */
    record None() implements TraceValue {
        @Override
        public String toString() {
            return "None";
        }
    }

    /** @param value a {@code bool} */
    record Bool(boolean value) implements TraceValue {
        @Override
        public String toString() {
            return value ? "True" : "False";
        }
    }

    /** @param value an {@code int} (the kit's programs stay within 64 bits) */
    record Int(long value) implements TraceValue {
        @Override
        public String toString() {
            return Long.toString(value);
        }
    }

    /** @param value a {@code float} */
    record Float(double value) implements TraceValue {
        @Override
        public String toString() {
            return TraceText.formatFloat(value);
        }
    }

    /** @param value a {@code str} */
    record Str(String value) implements TraceValue {
        @Override
        public String toString() {
            return TraceText.quote(value);
        }
    }

    /** @param items a {@code list} */
    record PyList(List<TraceValue> items) implements TraceValue {
        /** Copies the items. */
        public PyList {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return TraceText.join("[", items, "]");
        }
    }

    /** @param items a {@code tuple} */
    record Tuple(List<TraceValue> items) implements TraceValue {
        /** Copies the items. */
        public Tuple {
            items = List.copyOf(items);
        }

        @Override
        public String toString() {
            return items.size() == 1 ? "(" + items.get(0) + ",)" : TraceText.join("(", items, ")");
        }
    }

    /**
     * A {@code set}: the items are kept in a canonical order (by their text form), so that two
     * sets with the same items are equal.
     *
     * @param items the items, in any order
     */
    record PySet(List<TraceValue> items) implements TraceValue {
        /** Sorts the items canonically. */
        public PySet {
            List<TraceValue> sorted = new ArrayList<>(items);
            sorted.sort(Comparator.comparing(TraceValue::toString));
            items = List.copyOf(sorted);
        }

        @Override
        public String toString() {
            return items.isEmpty() ? "set()" : TraceText.join("{", items, "}");
        }
    }

    /**
     * A {@code bytes} value; its text form is Python's {@code repr}, {@code b'a\x00'}.
     *
     * @param latin1 the bytes, a character U+0000 to U+00FF per byte
     */
    record PyBytes(String latin1) implements TraceValue {
        /**
         * @param latin1 a string
         * @return the index, in code points, of its first character above U+00FF (not a byte), or -1
         */
        public static int firstNonByte(String latin1) {
            int[] codePoints = latin1.codePoints().toArray();
            for (int i = 0; i < codePoints.length; i++) {
                if (codePoints[i] > 0xff) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * @param latin1 a string that is not all bytes
         * @return why, as the readers of programs and traces say it: its first character above U+00FF
         */
        public static String notBytes(String latin1) {
            int bad = firstNonByte(latin1);
            return "characters U+0000 to U+00FF, one per byte; got U+" + String.format("%04X",
                    latin1.codePoints().skip(bad).findFirst().orElse(0)) + " at index " + bad;
        }

        @Override
        public String toString() {
            return "b" + TraceText.quote(latin1, true);
        }
    }

    /**
     * A {@code dict}, its items in insertion order (two dicts match when their items are equal in
     * the same order: a program builds its dicts in a fixed order).
     *
     * @param keys   the keys, in insertion order
     * @param values the values, one per key
     */
    record PyDict(List<TraceValue> keys, List<TraceValue> values) implements TraceValue {
        /** Copies the lists, which have one value per key. */
        public PyDict {
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
            }
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(values.get(i));
            }
            return out.append('}').toString();
        }
    }

    /**
     * An exception instance.
     *
     * @param type    Python's {@code type(e).__name__}
     * @param message Python's {@code str(e)}
     */
    record Error(String type, String message) implements TraceValue {
        @Override
        public String toString() {
            return type + (message.isEmpty() ? "()" : "(" + TraceText.quote(message) + ")");
        }
    }

    /**
     * A reference to a loop object.
     *
     * @param type {@code Future}, {@code Task}, {@code Handle}, {@code TimerHandle},
     *             {@code EventLoop} or {@code Coroutine}
     * @param name the variable the object was first assigned to, or {@code <type>#<n>}
     */
    record Ref(String type, String name) implements TraceValue {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * Any other object, known only by its type.
     *
     * @param type the Python type name
     */
    record Opaque(String type) implements TraceValue {
        @Override
        public String toString() {
            return "<" + type + ">";
        }
    }

    /** The single {@code None}. */
    TraceValue NONE = new None();
}
