package dev.asynciotck.program;

import dev.asynciotck.trace.TraceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints a program as Python source: functions first, each followed by a blank line, then the
 * module-level statements; 4-space indentation, double-quoted strings, Python float reprs and
 * only the parentheses precedence needs.
 */
final class ProgramPrinter {

    /** Precedence levels, loosest first. */
    private static final int OR = 0;
    private static final int AND = 1;
    private static final int NOT = 2;
    private static final int COMPARE = 3;
    private static final int SUM = 4;
    private static final int PRODUCT = 5;
    private static final int UNARY = 6;
    private static final int PRIMARY = 7;

    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder();

    private ProgramPrinter() {
    }

    /**
     * @param program a program
     * @return its text
     */
    static String print(Program program) {
        ProgramPrinter printer = new ProgramPrinter();
        printer.program(program);
        return printer.out.toString();
    }

    private void program(Program program) {
        if (!program.name().isEmpty()) {
            out.append("# ").append(oneLine(program.name())).append('\n');
        }
        if (!program.clauses().isEmpty()) {
            out.append("# clauses: ").append(oneLine(String.join(", ", program.clauses()))).append('\n');
        }
        for (FunctionDef f : program.functions()) {
            function(f, 0);
            out.append('\n');
        }
        for (ClassDef c : program.classes()) {
            out.append("class ").append(c.name()).append(c.bases().isEmpty() ? "" : "(" + c.bases().get(0) + ")")
                    .append(":\n");
            if (c.methods().isEmpty()) {
                line(1, "pass");
            }
            for (FunctionDef m : c.methods()) {
                function(m, 1);
            }
            out.append('\n');
        }
        for (Stmt s : program.main()) {
            statement(s, 0);
        }
    }

    private void function(FunctionDef f, int depth) {
        line(depth, (f.async() ? "async def " : "def ") + f.name() + "(" + parameters(f) + "):");
        block(f.body(), depth + 1);
    }

    /** {@code a, b=None}: the parameter list of a definition. */
    private static String parameters(FunctionDef f) {
        java.util.List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < f.params().size(); i++) {
            Expr.Const d = f.defaultOf(i);
            items.add(f.params().get(i) + (d == null ? "" : "=" + expr(d, OR)));
        }
        return String.join(", ", items);
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** An empty block has no Python text: it prints as {@code pass}. */
    private void block(List<Stmt> body, int depth) {
        if (body.isEmpty()) {
            line(depth, "pass");
            return;
        }
        for (Stmt s : body) {
            statement(s, depth);
        }
    }

    private void line(int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }

    private void statement(Stmt statement, int depth) {
        if (statement instanceof Stmt.ExprStmt s) {
            line(depth, expr(s.value(), OR));
        } else if (statement instanceof Stmt.SetItem s) {
            line(depth, base(s.of()) + "[" + expr(s.index(), OR) + "] = " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.SetAttr s) {
            line(depth, base(s.of()) + "." + s.attr() + " = " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.Assign s) {
            line(depth, s.target() + " = " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.Await s) {
            line(depth, (s.target() == null ? "" : s.target() + " = ") + "await " + expr(s.value(), PRIMARY));
        } else if (statement instanceof Stmt.Return s) {
            line(depth, s.value() == null ? "return" : "return " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.Raise s) {
            line(depth, s.value() == null ? "raise" : "raise " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.Pass) {
            line(depth, "pass");
        } else if (statement instanceof Stmt.If s) {
            ifStatement(s, "if ", depth);
        } else if (statement instanceof Stmt.For s) {
            line(depth, "for " + s.target() + " in " + expr(s.iter(), OR) + ":");
            block(s.body(), depth + 1);
        } else if (statement instanceof Stmt.While s) {
            line(depth, "while " + expr(s.test(), OR) + ":");
            block(s.body(), depth + 1);
        } else if (statement instanceof Stmt.AsyncWith s) {
            line(depth, "async with " + expr(s.manager(), OR) + (s.target() == null ? "" : " as " + s.target()) + ":");
            block(s.body(), depth + 1);
        } else if (statement instanceof Stmt.AsyncFor s) {
            line(depth, "async for " + s.target() + " in " + expr(s.iter(), OR) + ":");
            block(s.body(), depth + 1);
        } else if (statement instanceof Stmt.Yield s) {
            line(depth, s.value() == null ? "yield" : "yield " + expr(s.value(), OR));
        } else if (statement instanceof Stmt.Break) {
            line(depth, "break");
        } else if (statement instanceof Stmt.Continue) {
            line(depth, "continue");
        } else {
            tryStatement((Stmt.Try) statement, depth);
        }
    }

    /** An {@code If} alone in another's {@code orElse} prints as {@code elif}. */
    private void ifStatement(Stmt.If s, String keyword, int depth) {
        line(depth, keyword + expr(s.test(), OR) + ":");
        block(s.body(), depth + 1);
        if (s.orElse().size() == 1 && s.orElse().get(0) instanceof Stmt.If elif) {
            ifStatement(elif, "elif ", depth);
        } else if (!s.orElse().isEmpty()) {
            line(depth, "else:");
            block(s.orElse(), depth + 1);
        }
    }

    private void tryStatement(Stmt.Try s, int depth) {
        line(depth, "try:");
        block(s.body(), depth + 1);
        for (Stmt.Handler h : s.handlers()) {
            List<String> types = h.types();
            if (types.isEmpty() && h.name() != null) {
                // Python cannot bind the exception of a bare except: catch everything by name.
                types = List.of("BaseException");
            }
            String head = switch (types.size()) {
                case 0 -> "except";
                case 1 -> "except " + types.get(0);
                default -> "except (" + String.join(", ", types) + ")";
            };
            line(depth, head + (h.name() == null ? "" : " as " + h.name()) + ":");
            block(h.body(), depth + 1);
        }
        if (!s.finallyBody().isEmpty() || s.handlers().isEmpty()) {
            line(depth, "finally:");
            block(s.finallyBody(), depth + 1);
        }
    }

    // ---------------------------------------------------------------- expressions

    /**
     * @param e        an expression
     * @param required the loosest precedence allowed without parentheses
     * @return its text
     */
    static String expr(Expr e, int required) {
        int own = precedence(e);
        String text = bare(e);
        return own < required ? "(" + text + ")" : text;
    }

    private static int precedence(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            return b.op().equals("and") ? AND : OR;
        }
        if (e instanceof Expr.Not) {
            return NOT;
        }
        if (e instanceof Expr.Compare) {
            return COMPARE;
        }
        if (e instanceof Expr.BinOp b) {
            return b.op().equals("*") ? PRODUCT : SUM;
        }
        if (e instanceof Expr.Const c && isNegative(c.value())) {
            return UNARY;
        }
        return PRIMARY;
    }

    private static boolean isNegative(Object value) {
        if (value instanceof Long l) {
            return l < 0;
        }
        if (value instanceof Double d) {
            return !d.isNaN() && (d < 0 || (d == 0 && 1 / d < 0));
        }
        return false;
    }

    private static String bare(Expr e) {
        if (e instanceof Expr.Const c) {
            return constant(c.value());
        }
        if (e instanceof Expr.BytesOf b) {
            return "b" + quote(b.latin1(), true);
        }
        if (e instanceof Expr.Name n) {
            return n.id();
        }
        if (e instanceof Expr.Attr a) {
            return base(a.of()) + "." + a.name();
        }
        if (e instanceof Expr.Call c) {
            return call(c);
        }
        if (e instanceof Expr.ListOf l) {
            return "[" + items(l.items()) + "]";
        }
        if (e instanceof Expr.TupleOf t) {
            return t.items().size() == 1 ? "(" + expr(t.items().get(0), OR) + ",)" : "(" + items(t.items()) + ")";
        }
        if (e instanceof Expr.SetOf s) {
            return "{" + items(s.items()) + "}";
        }
        if (e instanceof Expr.DictOf d) {
            List<String> pairs = new ArrayList<>(d.keys().size());
            for (int i = 0; i < d.keys().size(); i++) {
                pairs.add(expr(d.keys().get(i), OR) + ": " + expr(d.values().get(i), OR));
            }
            return "{" + String.join(", ", pairs) + "}";
        }
        if (e instanceof Expr.Subscript x) {
            return base(x.of()) + "[" + expr(x.index(), OR) + "]";
        }
        if (e instanceof Expr.BinOp b) {
            int level = b.op().equals("*") ? PRODUCT : SUM;
            return expr(b.left(), level) + " " + b.op() + " " + expr(b.right(), level + 1);
        }
        if (e instanceof Expr.Compare c) {
            return expr(c.left(), SUM) + " " + c.op() + " " + expr(c.right(), SUM);
        }
        if (e instanceof Expr.BoolOp b) {
            int level = b.op().equals("and") ? AND : OR;
            return expr(b.left(), level) + " " + b.op() + " " + expr(b.right(), level + 1);
        }
        return "not " + expr(((Expr.Not) e).operand(), NOT);
    }

    /** The object of an attribute or call: a primary, and never a bare number ({@code (1).real}). */
    private static String base(Expr of) {
        if (of instanceof Expr.Const c && (c.value() instanceof Long || c.value() instanceof Double)
                && !isNonFinite(c.value())) {
            return "(" + bare(of) + ")";
        }
        return expr(of, PRIMARY);
    }

    private static boolean isNonFinite(Object value) {
        return value instanceof Double d && (d.isNaN() || d.isInfinite());
    }

    private static String call(Expr.Call c) {
        List<String> parts = new ArrayList<>();
        for (Expr a : c.args()) {
            parts.add(expr(a, OR));
        }
        for (Map.Entry<String, Expr> k : c.kwargs().entrySet()) {
            parts.add(k.getKey() + "=" + expr(k.getValue(), OR));
        }
        return base(c.fn()) + "(" + String.join(", ", parts) + ")";
    }

    private static String items(List<Expr> items) {
        List<String> parts = new ArrayList<>(items.size());
        for (Expr e : items) {
            parts.add(expr(e, OR));
        }
        return String.join(", ", parts);
    }

    private static String constant(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Long l) {
            return Long.toString(l);
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "float(\"nan\")";
            }
            if (d.isInfinite()) {
                return d > 0 ? "float(\"inf\")" : "float(\"-inf\")";
            }
            return TraceText.formatFloat(d);
        }
        return quote((String) value);
    }

    /**
     * @param value a string
     * @return a double-quoted Python literal for it
     */
    static String quote(String value) {
        return quote(value, false);
    }

    /**
     * @param value     a string, or the bytes of a bytes literal (a character per byte)
     * @param asciiOnly whether a character above U+007E is escaped too ({@code \xNN}), as a bytes
     *                  literal needs
     * @return a double-quoted Python literal for it, without the {@code b} prefix of bytes
     */
    static String quote(String value, boolean asciiOnly) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || asciiOnly && c > 0x7f) {
                        out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
