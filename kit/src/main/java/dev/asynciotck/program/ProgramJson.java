package dev.asynciotck.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.json.JsonLayout;
import dev.asynciotck.json.StrictJson;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of programs, the exchange format (see {@code spec/language.md} and
 * {@code spec/schema/program.schema.json}).
 *
 * <p>Reading checks the shape (no unknown keys, every expression has exactly one kind) and the
 * rules of the language ({@code await} only in {@code async def}, {@code return} only in
 * functions, known operators, Python identifiers, non-empty blocks, a {@code try} with handlers
 * or a {@code finally}). Writing makes the same checks, so the codec never writes what it would
 * not read. An integer constant is a JSON number without fraction or exponent ({@link Long}); a
 * float always has one ({@link Double}, {@code 1.0}).
 */
public final class ProgramJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProgramJson() {
    }

    /**
     * @param json a program's JSON form
     * @return the program
     * @throws ProgramFormatException if it is not JSON, not a program, or breaks a rule of the
     *                                language; the message names the JSON Pointer of the fault
     */
    public static Program read(String json) {
        return read(StrictJson.parse(json, ProgramFormatException::new));
    }

    /**
     * @param json a program's JSON form, as a tree
     * @return the program
     * @throws ProgramFormatException if it is not a program or breaks a rule of the language; the
     *                                message names the JSON Pointer of the fault
     */
    public static Program read(JsonNode json) {
        return ProgramJsonReader.program(json);
    }

    /**
     * @param program a program
     * @return its JSON form laid out for reading (keys in a fixed order, one statement per line
     *         when the whole does not fit on a line), ending with a newline
     * @throws ProgramFormatException if the program breaks a rule of the language
     */
    public static String write(Program program) {
        return JsonLayout.pretty(toJson(program));
    }

    /**
     * @param program a program
     * @return its JSON form as a tree, keys in a fixed order
     * @throws ProgramFormatException if the program breaks a rule of the language (or holds a
     *                                non-finite float, which JSON cannot carry)
     */
    public static JsonNode toJson(Program program) {
        ObjectNode root = NODES.objectNode();
        root.put("format", Program.FORMAT);
        root.put("name", program.name());
        ArrayNode clauses = root.putArray("clauses");
        program.clauses().forEach(clauses::add);
        ArrayNode functions = root.putArray("functions");
        program.functions().forEach(f -> functions.add(function(f)));
        if (!program.classes().isEmpty()) {
            ArrayNode classes = root.putArray("classes");
            for (ClassDef c : program.classes()) {
                ObjectNode def = classes.addObject();
                def.put("class", c.name());
                ArrayNode bases = def.putArray("bases");
                c.bases().forEach(bases::add);
                ArrayNode methods = def.putArray("methods");
                c.methods().forEach(m -> methods.add(function(m)));
            }
        }
        root.set("main", block(program.main()));
        ProgramJsonReader.program(root);
        return root;
    }

    private static ObjectNode function(FunctionDef f) {
        ObjectNode def = NODES.objectNode();
        def.put("def", f.name());
        def.put("async", f.async());
        ArrayNode params = def.putArray("params");
        f.params().forEach(params::add);
        if (!f.defaults().isEmpty()) {
            ArrayNode defaults = def.putArray("defaults");
            f.defaults().forEach(d -> defaults.add(expression(d)));
        }
        def.set("body", block(f.body()));
        return def;
    }

    private static ArrayNode block(List<Stmt> statements) {
        ArrayNode out = NODES.arrayNode();
        statements.forEach(s -> out.add(statement(s)));
        return out;
    }

    private static ObjectNode statement(Stmt statement) {
        ObjectNode out = NODES.objectNode();
        if (statement instanceof Stmt.ExprStmt s) {
            out.put("op", "expr");
            out.set("value", expression(s.value()));
        } else if (statement instanceof Stmt.SetItem s) {
            out.put("op", "setitem");
            out.set("of", expression(s.of()));
            out.set("index", expression(s.index()));
            out.set("value", expression(s.value()));
        } else if (statement instanceof Stmt.SetAttr s) {
            out.put("op", "setattr");
            out.set("of", expression(s.of()));
            out.put("attr", s.attr());
            out.set("value", expression(s.value()));
        } else if (statement instanceof Stmt.Assign s) {
            out.put("op", "assign");
            out.put("target", s.target());
            out.set("value", expression(s.value()));
        } else if (statement instanceof Stmt.Await s) {
            out.put("op", "await");
            if (s.target() != null) {
                out.put("target", s.target());
            }
            out.set("value", expression(s.value()));
        } else if (statement instanceof Stmt.Return s) {
            out.put("op", "return");
            optionalValue(out, s.value());
        } else if (statement instanceof Stmt.Raise s) {
            out.put("op", "raise");
            optionalValue(out, s.value());
        } else if (statement instanceof Stmt.Pass) {
            out.put("op", "pass");
        } else if (statement instanceof Stmt.If s) {
            out.put("op", "if");
            out.set("test", expression(s.test()));
            out.set("body", block(s.body()));
            if (!s.orElse().isEmpty()) {
                out.set("else", block(s.orElse()));
            }
        } else if (statement instanceof Stmt.For s) {
            loop(out, "for", s.target(), s.iter(), s.body());
        } else if (statement instanceof Stmt.While s) {
            out.put("op", "while");
            out.set("test", expression(s.test()));
            out.set("body", block(s.body()));
        } else if (statement instanceof Stmt.AsyncWith s) {
            out.put("op", "async with");
            out.set("value", expression(s.manager()));
            if (s.target() != null) {
                out.put("target", s.target());
            }
            out.set("body", block(s.body()));
        } else if (statement instanceof Stmt.AsyncFor s) {
            loop(out, "async for", s.target(), s.iter(), s.body());
        } else if (statement instanceof Stmt.Yield s) {
            out.put("op", "yield");
            optionalValue(out, s.value());
        } else if (statement instanceof Stmt.Break) {
            out.put("op", "break");
        } else if (statement instanceof Stmt.Continue) {
            out.put("op", "continue");
        } else {
            tryStatement(out, (Stmt.Try) statement);
        }
        return out;
    }

    /** A {@code for} or an {@code async for}. */
    private static void loop(ObjectNode out, String op, String target, Expr iter, List<Stmt> body) {
        out.put("op", op);
        out.put("target", target);
        out.set("iter", expression(iter));
        out.set("body", block(body));
    }

    private static void optionalValue(ObjectNode out, Expr value) {
        if (value != null) {
            out.set("value", expression(value));
        }
    }

    private static void tryStatement(ObjectNode out, Stmt.Try statement) {
        out.put("op", "try");
        out.set("body", block(statement.body()));
        if (!statement.handlers().isEmpty()) {
            ArrayNode handlers = out.putArray("handlers");
            for (Stmt.Handler h : statement.handlers()) {
                ObjectNode handler = handlers.addObject();
                ArrayNode types = handler.putArray("types");
                h.types().forEach(types::add);
                if (h.name() != null) {
                    handler.put("name", h.name());
                }
                handler.set("body", block(h.body()));
            }
        }
        if (!statement.finallyBody().isEmpty()) {
            out.set("finally", block(statement.finallyBody()));
        }
    }

    private static JsonNode expression(Expr expression) {
        if (expression == null) {
            return NODES.nullNode();
        }
        ObjectNode out = NODES.objectNode();
        if (expression instanceof Expr.Const c) {
            out.set("const", constant(c.value()));
        } else if (expression instanceof Expr.BytesOf b) {
            out.put("bytes", b.latin1());
        } else if (expression instanceof Expr.Name n) {
            out.put("name", n.id());
        } else if (expression instanceof Expr.Attr a) {
            out.put("attr", a.name());
            out.set("of", expression(a.of()));
        } else if (expression instanceof Expr.Call c) {
            out.set("call", expression(c.fn()));
            if (!c.args().isEmpty()) {
                out.set("args", expressions(c.args()));
            }
            if (!c.kwargs().isEmpty()) {
                ObjectNode kwargs = out.putObject("kwargs");
                for (Map.Entry<String, Expr> kw : c.kwargs().entrySet()) {
                    kwargs.set(kw.getKey(), expression(kw.getValue()));
                }
            }
        } else if (expression instanceof Expr.ListOf l) {
            out.set("list", expressions(l.items()));
        } else if (expression instanceof Expr.TupleOf t) {
            out.set("tuple", expressions(t.items()));
        } else if (expression instanceof Expr.SetOf s) {
            out.set("set", expressions(s.items()));
        } else if (expression instanceof Expr.DictOf d) {
            ArrayNode pairs = out.putArray("dict");
            for (int i = 0; i < d.keys().size(); i++) {
                pairs.addArray().add(expression(d.keys().get(i))).add(expression(d.values().get(i)));
            }
        } else if (expression instanceof Expr.Subscript x) {
            out.set("subscript", expression(x.of()));
            out.set("index", expression(x.index()));
        } else if (expression instanceof Expr.BinOp b) {
            out.put("binop", b.op());
            operands(out, b.left(), b.right());
        } else if (expression instanceof Expr.Compare c) {
            out.put("compare", c.op());
            operands(out, c.left(), c.right());
        } else if (expression instanceof Expr.BoolOp b) {
            out.put("boolop", b.op());
            operands(out, b.left(), b.right());
        } else {
            out.set("not", expression(((Expr.Not) expression).operand()));
        }
        return out;
    }

    private static void operands(ObjectNode out, Expr left, Expr right) {
        out.set("left", expression(left));
        out.set("right", expression(right));
    }

    private static ArrayNode expressions(List<Expr> items) {
        ArrayNode out = NODES.arrayNode();
        items.forEach(e -> out.add(expression(e)));
        return out;
    }

    private static JsonNode constant(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        return NODES.textNode((String) value);
    }
}
