package dev.asynciotck.program;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes random, syntactically valid programs from a seeded {@link Random}, covering every
 * statement and expression shape, for the text form's round-trip test.
 */
final class RandomPrograms {

    private static final String[] NAMES = {"a", "b", "x", "loop", "asyncio", "record", "t1", "_p", "fut"};
    private static final String[] TYPES = {"ValueError", "CancelledError", "TimeoutError", "BaseException"};
    private static final String[] STRINGS = {"", "a", "it's", "say \"hi\"", "back\\slash", "line\nbreak",
        "tab\there", "\u00e9t\u00e9", "nul\u0000", "\u2028", "# not a comment", "x = 1"};
    private static final double[] FLOATS = {0.0, -0.0, 0.5, -0.25, 1.0, 1e-3, 1e-5, 1e16, 123.456, 1e300,
        -1e-7, 2.5e-320, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1 + 0.2};
    private static final long[] LONGS = {0, 1, -1, 42, -7, Long.MAX_VALUE, Long.MIN_VALUE, 1000000};

    private final Random random;

    /** @param seed the seed */
    RandomPrograms(long seed) {
        this.random = new Random(seed);
    }

    /** @return a random program without name or clauses */
    Program program() {
        List<FunctionDef> functions = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            boolean async = random.nextBoolean();
            List<String> params = new ArrayList<>();
            for (int p = random.nextInt(3); p > 0; p--) {
                params.add("p" + p);
            }
            List<Expr.Const> defaults = new ArrayList<>();
            for (int d = random.nextInt(params.size() + 1); d > 0; d--) {
                defaults.add(new Expr.Const(random.nextBoolean() ? null : (long) random.nextInt(5)));
            }
            functions.add(new FunctionDef("f" + i, async, params, defaults, block(async ? 2 : 1, 2)));
        }
        return new Program("", List.of(), functions, block(0, 2));
    }

    /** @param where 0 module, 1 plain function, 2 async function */
    private List<Stmt> block(int where, int depth) {
        List<Stmt> body = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            body.add(statement(where, depth));
        }
        return body;
    }

    private Stmt statement(int where, int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 8);
        return switch (kind) {
            case 0 -> new Stmt.ExprStmt(expr(3));
            case 1 -> new Stmt.Assign(pick(NAMES), expr(3));
            case 2 -> where == 2 ? new Stmt.Await(random.nextBoolean() ? null : pick(NAMES), expr(3))
                    : new Stmt.Pass();
            case 3 -> where == 0 ? new Stmt.Pass() : new Stmt.Return(random.nextBoolean() ? null : expr(3));
            case 4 -> new Stmt.Raise(random.nextBoolean() ? null : expr(2));
            case 5 -> new Stmt.Pass();
            case 6 -> new Stmt.ExprStmt(expr(1));
            case 7 -> new Stmt.SetItem(expr(2), expr(2), expr(3));
            default -> tryStatement(where, depth - 1);
        };
    }

    private Stmt tryStatement(int where, int depth) {
        List<Stmt.Handler> handlers = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<String> types = new ArrayList<>();
            boolean last = i == count - 1;
            int typeCount = last ? random.nextInt(3) : 1 + random.nextInt(2);
            for (int t = 0; t < typeCount; t++) {
                types.add(pick(TYPES));
            }
            String name = types.isEmpty() || random.nextBoolean() ? null : pick(NAMES);
            handlers.add(new Stmt.Handler(types, name, block(where, depth)));
        }
        List<Stmt> finallyBody = handlers.isEmpty() || random.nextBoolean() ? block(where, depth) : List.of();
        return new Stmt.Try(block(where, depth), handlers, finallyBody);
    }

    private Expr expr(int depth) {
        int kind = random.nextInt(depth <= 0 ? 3 : 14);
        return switch (kind) {
            case 0 -> new Expr.Name(pick(NAMES));
            case 1 -> constant();
            case 2 -> new Expr.Attr(depth <= 0 ? new Expr.Name(pick(NAMES)) : expr(depth - 1), pick(NAMES));
            case 3 -> call(depth);
            case 4 -> new Expr.ListOf(items(depth, 0));
            case 5 -> new Expr.TupleOf(items(depth, 0));
            case 6 -> new Expr.SetOf(items(depth, 1));
            case 7, 8 -> new Expr.BinOp(pick(Expr.BINARY_OPERATORS.toArray(new String[0])), expr(depth - 1),
                    expr(depth - 1));
            case 9, 10 -> new Expr.Compare(pick(Expr.COMPARISON_OPERATORS.toArray(new String[0])),
                    expr(depth - 1), expr(depth - 1));
            case 11 -> dict(depth);
            case 12 -> new Expr.Subscript(expr(depth - 1), expr(depth - 1));
            default -> new Expr.Not(expr(depth - 1));
        };
    }

    private Expr call(int depth) {
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            kwargs.put("k" + k, expr(depth - 1));
        }
        return new Expr.Call(expr(depth - 1), items(depth, 0), kwargs);
    }

    private Expr dict(int depth) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            keys.add(expr(depth - 1));
            values.add(expr(depth - 1));
        }
        return new Expr.DictOf(keys, values);
    }

    private List<Expr> items(int depth, int min) {
        List<Expr> items = new ArrayList<>();
        for (int n = min + random.nextInt(3); n > 0; n--) {
            items.add(expr(depth - 1));
        }
        return items;
    }

    private Expr constant() {
        return switch (random.nextInt(7)) {
            case 0 -> new Expr.Const(null);
            case 5 -> new Expr.BytesOf(pick(BYTES));
            case 1 -> new Expr.Const(random.nextBoolean());
            case 2 -> new Expr.Const(random.nextBoolean() ? LONGS[random.nextInt(LONGS.length)]
                    : (long) random.nextInt(2001) - 1000);
            case 3 -> new Expr.Const(random.nextBoolean() ? FLOATS[random.nextInt(FLOATS.length)]
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20));
            default -> new Expr.Const(pick(STRINGS));
        };
    }

    private static final String[] BYTES = {"", "a", "\u0000\u00ff", "q\"'\\\n\t\r\u007f"};

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
