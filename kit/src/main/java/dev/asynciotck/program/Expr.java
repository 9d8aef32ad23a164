package dev.asynciotck.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An expression of the scenario language. */
public sealed interface Expr {

    /**
     * A constant: {@code null} (None), a {@link Boolean}, a {@link Long}, a {@link Double} or a
     * {@link String}.
     *
     * @param value the constant
     */
    record Const(Object value) implements Expr {
        /** Checks the type; ints are normalised to {@link Long}. */
        public Const {
            if (value instanceof Integer i) {
                value = i.longValue();
            }
            if (!(value == null || value instanceof Boolean || value instanceof Long
                    || value instanceof Double || value instanceof String)) {
                throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
            }
        }
    }

    /**
     * A name: a parameter, a global or a builtin.
     *
     * @param id the name
     */
    record Name(String id) implements Expr {
    }

    /**
     * {@code of.name}.
     *
     * @param of   the object
     * @param name the attribute
     */
    record Attr(Expr of, String name) implements Expr {
    }

    /**
     * {@code fn(args..., key=value...)}.
     *
     * @param fn     the callee
     * @param args   positional arguments
     * @param kwargs keyword arguments, in order
     */
    record Call(Expr fn, List<Expr> args, Map<String, Expr> kwargs) implements Expr {
        /** Copies the collections, keeping keyword order. */
        public Call {
            args = args == null ? List.of() : List.copyOf(args);
            kwargs = kwargs == null || kwargs.isEmpty() ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
        }
    }

    /**
     * A list display {@code [a, b]}.
     *
     * @param items the items
     */
    record ListOf(List<Expr> items) implements Expr {
        /** Copies the list. */
        public ListOf {
            items = List.copyOf(items);
        }
    }

    /**
     * A tuple display {@code (a, b)}.
     *
     * @param items the items
     */
    record TupleOf(List<Expr> items) implements Expr {
        /** Copies the list. */
        public TupleOf {
            items = List.copyOf(items);
        }
    }

    /**
     * A set display {@code {a, b}} (non-empty; the empty set is {@code set()}).
     *
     * @param items the items
     */
    record SetOf(List<Expr> items) implements Expr {
        /** Copies the list. */
        public SetOf {
            items = List.copyOf(items);
        }
    }

    /**
     * A bytes literal {@code b"…"}.
     *
     * @param latin1 the bytes, a character U+0000 to U+00FF per byte
     */
    record BytesOf(String latin1) implements Expr {
        /** Checks that every character is a byte. */
        public BytesOf {
            int bad = dev.asynciotck.trace.TraceValue.PyBytes.firstNonByte(latin1);
            if (bad >= 0) {
                throw new IllegalArgumentException("character " + bad + " of a bytes literal is above U+00FF");
            }
        }
    }

    /**
     * A dict display {@code {k: v, ...}} ({@code {}} is the empty dict).
     *
     * @param keys   the keys, in order
     * @param values the values, one per key
     */
    record DictOf(List<Expr> keys, List<Expr> values) implements Expr {
        /** Copies the lists, which have one value per key. */
        public DictOf {
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
            }
            keys = List.copyOf(keys);
            values = List.copyOf(values);
        }
    }

    /**
     * A subscript {@code of[index]}: an item of a dict, a list or a tuple (no slices).
     *
     * @param of    the container
     * @param index the key or index
     */
    record Subscript(Expr of, Expr index) implements Expr {
    }

    /**
     * {@code left op right} for {@code +}, {@code -}, {@code *}.
     *
     * @param op    the operator
     * @param left  the left operand
     * @param right the right operand
     */
    record BinOp(String op, Expr left, Expr right) implements Expr {
    }

    /**
     * {@code left op right} for {@code ==}, {@code !=}, {@code <}, {@code <=}, {@code >},
     * {@code >=}, {@code is}, {@code is not}.
     *
     * @param op    the operator
     * @param left  the left operand
     * @param right the right operand
     */
    record Compare(String op, Expr left, Expr right) implements Expr {
    }

    /**
     * {@code left and right} or {@code left or right}: Python's short-circuit, whose value is the
     * operand that decided it; {@code a and b and c} is {@code (a and b) and c}.
     *
     * @param op    {@code and} or {@code or}
     * @param left  the left operand
     * @param right the right operand, evaluated only when the left one does not decide
     */
    record BoolOp(String op, Expr left, Expr right) implements Expr {
    }

    /**
     * {@code not operand}.
     *
     * @param operand the operand
     */
    record Not(Expr operand) implements Expr {
    }

    /** The boolean operators. */
    List<String> BOOLEAN_OPERATORS = List.of("and", "or");

    /** The binary operators. */
    List<String> BINARY_OPERATORS = List.of("+", "-", "*");

    /** The comparison operators. */
    List<String> COMPARISON_OPERATORS = List.of("==", "!=", "<", "<=", ">", ">=", "is", "is not");
}
