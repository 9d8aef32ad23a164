package dev.asynciotck.program;

import dev.asynciotck.json.JsonShape;
import dev.asynciotck.trace.TraceValue;

import static dev.asynciotck.json.StrictJson.brief;
import static dev.asynciotck.json.StrictJson.child;
import static dev.asynciotck.json.StrictJson.keysOf;
import static dev.asynciotck.json.StrictJson.quote;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON form of a program into its syntax tree, checking the shape and the rules of the
 * language; every fault is a {@link ProgramFormatException} naming its JSON Pointer.
 */
final class ProgramJsonReader {

    private static final JsonShape SHAPE = new JsonShape(ProgramJsonReader::fault);

    /** The keys that say what kind an expression is; an expression has exactly one. */
    static final List<String> EXPRESSION_KINDS =
            List.of("const", "bytes", "name", "attr", "call", "list", "tuple", "set", "dict", "subscript", "binop",
                    "compare", "boolop", "not");

    /** The values of a statement's {@code op}. */
    static final List<String> STATEMENT_OPS = List.of("expr", "assign", "setitem", "setattr", "await", "return", "raise", "pass",
            "try", "if", "for", "while", "async with", "async for", "yield", "break", "continue");

    /** Where a block of statements is, which decides whether {@code return} and {@code await} may appear. */
    private enum Scope {
        MAIN, FUNCTION, ASYNC_FUNCTION
    }

    /**
     * Where a statement is: its scope, and whether a {@code for} or {@code while} body encloses it
     * (which decides whether {@code break} and {@code continue} may appear).
     */
    private record Place(Scope scope, boolean inLoop) {
        Place loopBody() {
            return new Place(scope, true);
        }
    }

    private ProgramJsonReader() {
    }

    /**
     * @param root the document
     * @return the program
     * @throws ProgramFormatException naming the JSON Pointer of the first fault
     */
    static Program program(JsonNode root) {
        String at = "";
        SHAPE.object(root, at, "a program");
        SHAPE.allowKeys(root, at, "a program", "format", "name", "clauses", "functions", "classes", "main");
        JsonNode format = root.get("format");
        if (format == null) {
            throw fault(at, "missing \"format\"; a program starts with \"format\": " + quote(Program.FORMAT));
        }
        if (!format.isTextual() || !format.textValue().equals(Program.FORMAT)) {
            throw fault("/format", "expected " + quote(Program.FORMAT) + ", got " + brief(format));
        }
        String name = root.has("name") ? SHAPE.string(root.get("name"), "/name") : "";
        List<String> clauses = new ArrayList<>();
        if (root.has("clauses")) {
            JsonNode items = SHAPE.array(root.get("clauses"), "/clauses", "clause ids");
            for (int i = 0; i < items.size(); i++) {
                String clause = SHAPE.string(items.get(i), child("/clauses", i));
                if (clause.isEmpty()) {
                    throw fault(child("/clauses", i), "a clause id is not empty");
                }
                clauses.add(clause);
            }
        }
        List<FunctionDef> functions = new ArrayList<>();
        Map<String, String> defined = new HashMap<>();
        if (root.has("functions")) {
            JsonNode items = SHAPE.array(root.get("functions"), "/functions", "function definitions");
            for (int i = 0; i < items.size(); i++) {
                String where = child("/functions", i);
                FunctionDef f = function(items.get(i), where);
                define(defined, f.name(), where, "def");
                functions.add(f);
            }
        }
        List<ClassDef> classes = new ArrayList<>();
        if (root.has("classes")) {
            JsonNode items = SHAPE.array(root.get("classes"), "/classes", "class definitions");
            for (int i = 0; i < items.size(); i++) {
                String where = child("/classes", i);
                ClassDef c = classDef(items.get(i), where);
                define(defined, c.name(), where, "class");
                classes.add(c);
            }
        }
        JsonNode main = root.get("main");
        if (main == null) {
            throw fault(at, "missing \"main\"; a program has \"main\": [statements] (may be empty)");
        }
        return new Program(name, clauses, functions, classes, block(main, "/main", new Place(Scope.MAIN, false), true));
    }

    /** Records that a function or class is defined at {@code where}; a name defined twice is a fault. */
    private static void define(Map<String, String> defined, String name, String where, String key) {
        String earlier = defined.putIfAbsent(name, where);
        if (earlier != null) {
            throw fault(child(where, key), quote(name) + " is already defined at " + earlier
                    + "; give each function and class its own name");
        }
    }

    private static ClassDef classDef(JsonNode node, String at) {
        SHAPE.object(node, at, "a class definition");
        SHAPE.allowKeys(node, at, "a class definition", "class", "bases", "methods");
        String name = name(required(node, at, "class", "a class definition"), child(at, "class"));
        List<String> bases = new ArrayList<>();
        if (node.has("bases")) {
            String where = child(at, "bases");
            JsonNode items = SHAPE.array(node.get("bases"), where, "base classes");
            if (items.size() > 1) {
                throw fault(where, "a class has at most one base");
            }
            for (int i = 0; i < items.size(); i++) {
                JsonNode base = items.get(i);
                String text = base.isTextual() ? base.textValue() : "";
                if (!text.startsWith("asyncio.") || !PythonNames.BASE_CLASSES.contains(text.substring(8))) {
                    throw fault(child(where, i), "a class's base is one of " + PythonNames.BASES + ", got "
                            + brief(base));
                }
                bases.add(text);
            }
        }
        List<FunctionDef> methods = new ArrayList<>();
        String where = child(at, "methods");
        JsonNode items = SHAPE.array(required(node, at, "methods", "a class definition"), where, "method definitions");
        Map<String, String> defined = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            FunctionDef m = function(items.get(i), child(where, i));
            if (m.params().isEmpty()) {
                throw fault(child(child(where, i), "params"), "method " + quote(m.name())
                        + " takes no parameter; its first parameter is the instance (self)");
            }
            String earlier = defined.putIfAbsent(m.name(), child(where, i));
            if (earlier != null) {
                throw fault(child(child(where, i), "def"), "method " + quote(m.name()) + " is already defined at "
                        + earlier);
            }
            methods.add(m);
        }
        return new ClassDef(name, bases, methods);
    }

    private static FunctionDef function(JsonNode node, String at) {
        SHAPE.object(node, at, "a function definition");
        SHAPE.allowKeys(node, at, "a function definition", "def", "async", "params", "defaults", "body");
        String name = name(required(node, at, "def", "a function definition"), child(at, "def"));
        boolean async = false;
        if (node.has("async")) {
            JsonNode flag = node.get("async");
            if (!flag.isBoolean()) {
                throw fault(child(at, "async"), "expected true or false, got " + brief(flag));
            }
            async = flag.booleanValue();
        }
        List<String> params = new ArrayList<>();
        if (node.has("params")) {
            String where = child(at, "params");
            JsonNode items = SHAPE.array(node.get("params"), where, "parameter names");
            for (int i = 0; i < items.size(); i++) {
                String param = name(items.get(i), child(where, i));
                if (params.contains(param)) {
                    throw fault(child(where, i), "duplicate parameter " + quote(param));
                }
                params.add(param);
            }
        }
        List<Expr.Const> defaults = new ArrayList<>();
        if (node.has("defaults")) {
            String where = child(at, "defaults");
            JsonNode items = SHAPE.array(node.get("defaults"), where, "default values");
            if (items.size() > params.size()) {
                throw fault(where, items.size() + " default values for " + params.size()
                        + " parameters; the defaults belong to the last parameters");
            }
            for (int i = 0; i < items.size(); i++) {
                if (!(expression(items.get(i), child(where, i)) instanceof Expr.Const c)) {
                    throw fault(child(where, i), "a default value is a constant: {\"const\": ...}");
                }
                defaults.add(c);
            }
        }
        List<Stmt> body = block(required(node, at, "body", "a function definition"), child(at, "body"),
                new Place(async ? Scope.ASYNC_FUNCTION : Scope.FUNCTION, false), false);
        if (async && Statements.yields(body) && Statements.returnsValue(body)) {
            throw fault(child(at, "body"), "'return' with value in async generator " + quote(name)
                    + "; an asynchronous generator ends with a bare return");
        }
        return new FunctionDef(name, async, params, defaults, body);
    }

    private static List<Stmt> block(JsonNode node, String at, Place place, boolean mayBeEmpty) {
        SHAPE.array(node, at, "statements");
        if (node.isEmpty() && !mayBeEmpty) {
            throw fault(at, "a block needs at least one statement (use {\"op\": \"pass\"})");
        }
        List<Stmt> statements = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            statements.add(statement(node.get(i), child(at, i), place));
        }
        return statements;
    }

    private static Stmt statement(JsonNode node, String at, Place place) {
        SHAPE.object(node, at, "a statement");
        JsonNode opNode = node.get("op");
        String ops = String.join(", ", STATEMENT_OPS);
        if (opNode == null) {
            throw fault(at, "missing \"op\" in statement " + keysOf(node) + "; \"op\" is one of " + ops);
        }
        String op = opNode.isTextual() ? opNode.textValue() : null;
        if (op == null || !STATEMENT_OPS.contains(op)) {
            throw fault(child(at, "op"), "unknown statement " + brief(opNode) + "; \"op\" is one of " + ops);
        }
        String what = quoted(op) + " statement";
        switch (op) {
            case "expr" -> {
                SHAPE.allowKeys(node, at, what, "op", "value");
                return new Stmt.ExprStmt(expression(required(node, at, "value", what), child(at, "value")));
            }
            case "assign" -> {
                SHAPE.allowKeys(node, at, what, "op", "target", "value");
                String target = name(required(node, at, "target", what), child(at, "target"));
                return new Stmt.Assign(target, expression(required(node, at, "value", what), child(at, "value")));
            }
            case "setitem" -> {
                SHAPE.allowKeys(node, at, what, "op", "of", "index", "value");
                return new Stmt.SetItem(expression(required(node, at, "of", what), child(at, "of")),
                        expression(required(node, at, "index", what), child(at, "index")),
                        expression(required(node, at, "value", what), child(at, "value")));
            }
            case "setattr" -> {
                SHAPE.allowKeys(node, at, what, "op", "of", "attr", "value");
                return new Stmt.SetAttr(expression(required(node, at, "of", what), child(at, "of")),
                        name(required(node, at, "attr", what), child(at, "attr")),
                        expression(required(node, at, "value", what), child(at, "value")));
            }
            case "await" -> {
                if (place.scope() != Scope.ASYNC_FUNCTION) {
                    throw fault(at, "'await' is only allowed inside 'async def'");
                }
                SHAPE.allowKeys(node, at, what, "op", "target", "value");
                String target = node.has("target") ? name(node.get("target"), child(at, "target")) : null;
                return new Stmt.Await(target, expression(required(node, at, "value", what), child(at, "value")));
            }
            case "return" -> {
                if (place.scope() == Scope.MAIN) {
                    throw fault(at, "'return' is only allowed inside a function");
                }
                SHAPE.allowKeys(node, at, what, "op", "value");
                return new Stmt.Return(optionalExpression(node, at));
            }
            case "raise" -> {
                SHAPE.allowKeys(node, at, what, "op", "value");
                return new Stmt.Raise(optionalExpression(node, at));
            }
            case "pass" -> {
                SHAPE.allowKeys(node, at, what, "op");
                return new Stmt.Pass();
            }
            case "if" -> {
                SHAPE.allowKeys(node, at, what, "op", "test", "body", "else");
                Expr test = expression(required(node, at, "test", what), child(at, "test"));
                List<Stmt> body = block(required(node, at, "body", what), child(at, "body"), place, false);
                List<Stmt> orElse = node.has("else")
                        ? block(node.get("else"), child(at, "else"), place, true) : List.of();
                return new Stmt.If(test, body, orElse);
            }
            case "for", "async for" -> {
                if (op.equals("async for") && place.scope() != Scope.ASYNC_FUNCTION) {
                    throw fault(at, "'async for' is only allowed inside 'async def'");
                }
                SHAPE.allowKeys(node, at, what, "op", "target", "iter", "body");
                String target = name(required(node, at, "target", what), child(at, "target"));
                Expr iter = expression(required(node, at, "iter", what), child(at, "iter"));
                List<Stmt> body = block(required(node, at, "body", what), child(at, "body"), place.loopBody(), false);
                return op.equals("for") ? new Stmt.For(target, iter, body) : new Stmt.AsyncFor(target, iter, body);
            }
            case "while" -> {
                SHAPE.allowKeys(node, at, what, "op", "test", "body");
                Expr test = expression(required(node, at, "test", what), child(at, "test"));
                return new Stmt.While(test,
                        block(required(node, at, "body", what), child(at, "body"), place.loopBody(), false));
            }
            case "async with" -> {
                if (place.scope() != Scope.ASYNC_FUNCTION) {
                    throw fault(at, "'async with' is only allowed inside 'async def'");
                }
                SHAPE.allowKeys(node, at, what, "op", "value", "target", "body");
                Expr manager = expression(required(node, at, "value", what), child(at, "value"));
                String target = node.has("target") ? name(node.get("target"), child(at, "target")) : null;
                return new Stmt.AsyncWith(manager, target,
                        block(required(node, at, "body", what), child(at, "body"), place, false));
            }
            case "yield" -> {
                if (place.scope() != Scope.ASYNC_FUNCTION) {
                    throw fault(at, "'yield' is only allowed inside 'async def' (an asynchronous generator)");
                }
                SHAPE.allowKeys(node, at, what, "op", "value");
                return new Stmt.Yield(optionalExpression(node, at));
            }
            case "break", "continue" -> {
                SHAPE.allowKeys(node, at, what, "op");
                if (!place.inLoop()) {
                    throw fault(at, "'" + op + "' outside a loop; it belongs in the body of a for, async for or while");
                }
                return op.equals("break") ? new Stmt.Break() : new Stmt.Continue();
            }
            default -> {
                return tryStatement(node, at, place);
            }
        }
    }

    private static Stmt tryStatement(JsonNode node, String at, Place place) {
        String what = "a 'try' statement";
        SHAPE.allowKeys(node, at, what, "op", "body", "handlers", "finally");
        List<Stmt> body = block(required(node, at, "body", what), child(at, "body"), place, false);
        List<Stmt.Handler> handlers = new ArrayList<>();
        if (node.has("handlers")) {
            String where = child(at, "handlers");
            JsonNode items = SHAPE.array(node.get("handlers"), where, "except handlers");
            for (int i = 0; i < items.size(); i++) {
                handlers.add(handler(items.get(i), child(where, i), place));
            }
            for (int i = 0; i < handlers.size() - 1; i++) {
                if (handlers.get(i).types().isEmpty()) {
                    throw fault(child(where, i), "a bare except (\"types\": []) must be the last handler");
                }
            }
        }
        List<Stmt> finallyBody = node.has("finally")
                ? block(node.get("finally"), child(at, "finally"), place, true) : List.of();
        if (handlers.isEmpty() && finallyBody.isEmpty()) {
            throw fault(at, "a 'try' needs at least one handler or a non-empty \"finally\"");
        }
        return new Stmt.Try(body, handlers, finallyBody);
    }

    private static Stmt.Handler handler(JsonNode node, String at, Place place) {
        String what = "an except handler";
        SHAPE.object(node, at, what);
        SHAPE.allowKeys(node, at, what, "types", "name", "body");
        String where = child(at, "types");
        JsonNode items = SHAPE.array(required(node, at, "types", what), where, "exception type names");
        List<String> types = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String type = SHAPE.string(items.get(i), child(where, i));
            String problem = PythonNames.problemWithDottedName(type);
            if (problem != null) {
                throw fault(child(where, i), problem);
            }
            types.add(type);
        }
        String name = node.has("name") ? name(node.get("name"), child(at, "name")) : null;
        List<Stmt> body = block(required(node, at, "body", what), child(at, "body"), place, false);
        return new Stmt.Handler(types, name, body);
    }

    private static Expr optionalExpression(JsonNode node, String at) {
        return node.has("value") ? expression(node.get("value"), child(at, "value")) : null;
    }

    private static Expr expression(JsonNode node, String at) {
        if (!node.isObject()) {
            throw fault(at, "expected an expression (an object), got " + brief(node));
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : EXPRESSION_KINDS) {
            if (node.has(kind)) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            throw fault(at, (kinds.isEmpty() ? "unknown" : "ambiguous") + " expression " + keysOf(node)
                    + "; an expression has exactly one of " + String.join(", ", EXPRESSION_KINDS));
        }
        String kind = kinds.get(0);
        String what = quoted(kind) + " expression";
        String inner = child(at, kind);
        JsonNode value = node.get(kind);
        switch (kind) {
            case "const" -> {
                SHAPE.allowKeys(node, at, what, "const");
                return new Expr.Const(constant(value, inner));
            }
            case "bytes" -> {
                SHAPE.allowKeys(node, at, what, "bytes");
                String latin1 = SHAPE.string(value, inner);
                if (TraceValue.PyBytes.firstNonByte(latin1) >= 0) {
                    throw fault(inner, "a bytes literal holds " + TraceValue.PyBytes.notBytes(latin1));
                }
                return new Expr.BytesOf(latin1);
            }
            case "name" -> {
                SHAPE.allowKeys(node, at, what, "name");
                return new Expr.Name(name(value, inner));
            }
            case "attr" -> {
                SHAPE.allowKeys(node, at, what, "attr", "of");
                String attribute = name(value, inner);
                return new Expr.Attr(expression(required(node, at, "of", what), child(at, "of")), attribute);
            }
            case "call" -> {
                SHAPE.allowKeys(node, at, what, "call", "args", "kwargs");
                return call(node, at);
            }
            case "list" -> {
                SHAPE.allowKeys(node, at, what, "list");
                return new Expr.ListOf(expressions(value, inner));
            }
            case "tuple" -> {
                SHAPE.allowKeys(node, at, what, "tuple");
                return new Expr.TupleOf(expressions(value, inner));
            }
            case "set" -> {
                SHAPE.allowKeys(node, at, what, "set");
                List<Expr> items = expressions(value, inner);
                if (items.isEmpty()) {
                    throw fault(inner, "a set display has at least one item (the empty set is a call of set)");
                }
                return new Expr.SetOf(items);
            }
            case "dict" -> {
                SHAPE.allowKeys(node, at, what, "dict");
                SHAPE.array(value, inner, "[key, value] pairs");
                List<Expr> keys = new ArrayList<>(value.size());
                List<Expr> values = new ArrayList<>(value.size());
                for (int i = 0; i < value.size(); i++) {
                    JsonNode pair = value.get(i);
                    String where = child(inner, i);
                    if (!pair.isArray() || pair.size() != 2) {
                        throw fault(where, "expected a [key, value] pair of expressions, got " + brief(pair));
                    }
                    keys.add(expression(pair.get(0), child(where, 0)));
                    values.add(expression(pair.get(1), child(where, 1)));
                }
                return new Expr.DictOf(keys, values);
            }
            case "subscript" -> {
                SHAPE.allowKeys(node, at, what, "subscript", "index");
                return new Expr.Subscript(expression(value, inner),
                        expression(required(node, at, "index", what), child(at, "index")));
            }
            case "binop", "compare", "boolop" -> {
                SHAPE.allowKeys(node, at, what, kind, "left", "right");
                List<String> allowed = kind.equals("binop") ? Expr.BINARY_OPERATORS
                        : kind.equals("compare") ? Expr.COMPARISON_OPERATORS : Expr.BOOLEAN_OPERATORS;
                if (!value.isTextual() || !allowed.contains(value.textValue())) {
                    throw fault(inner, "unknown operator " + brief(value) + "; one of " + String.join(", ", allowed));
                }
                Expr left = expression(required(node, at, "left", what), child(at, "left"));
                Expr right = expression(required(node, at, "right", what), child(at, "right"));
                return kind.equals("binop") ? new Expr.BinOp(value.textValue(), left, right)
                        : kind.equals("compare") ? new Expr.Compare(value.textValue(), left, right)
                        : new Expr.BoolOp(value.textValue(), left, right);
            }
            default -> {
                SHAPE.allowKeys(node, at, what, "not");
                return new Expr.Not(expression(value, inner));
            }
        }
    }

    private static Expr call(JsonNode node, String at) {
        Expr fn = expression(node.get("call"), child(at, "call"));
        List<Expr> args = node.has("args") ? expressions(node.get("args"), child(at, "args")) : List.of();
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        if (node.has("kwargs")) {
            String where = child(at, "kwargs");
            JsonNode map = node.get("kwargs");
            SHAPE.object(map, where, "keyword arguments");
            for (Map.Entry<String, JsonNode> entry : map.properties()) {
                String key = entry.getKey();
                String problem = PythonNames.problemWithName(key);
                if (problem != null) {
                    throw fault(child(where, key), "keyword " + problem);
                }
                kwargs.put(key, expression(entry.getValue(), child(where, key)));
            }
        }
        return new Expr.Call(fn, args, kwargs);
    }

    private static List<Expr> expressions(JsonNode node, String at) {
        SHAPE.array(node, at, "expressions");
        List<Expr> items = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            items.add(expression(node.get(i), child(at, i)));
        }
        return items;
    }

    private static Object constant(JsonNode node, String at) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw fault(at, "integer " + node.asText() + " does not fit in 64 bits");
            }
            return node.longValue();
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (!Double.isFinite(value)) {
                throw fault(at, "number " + node.asText() + " is not a finite 64-bit float");
            }
            return value;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw fault(at, "a constant is null, true, false, a number or a string, got " + brief(node));
    }

    private static String name(JsonNode node, String at) {
        String text = SHAPE.string(node, at);
        String problem = PythonNames.problemWithName(text);
        if (problem != null) {
            throw fault(at, problem);
        }
        return text;
    }




    private static JsonNode required(JsonNode node, String at, String key, String what) {
        JsonNode value = node.get(key);
        if (value == null) {
            throw fault(at, "missing " + quote(key) + " in " + what);
        }
        return value;
    }


    /** @return {@code a 'word'} or {@code an 'word'} */
    private static String quoted(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an '" : "a '") + word + "'";
    }

    private static ProgramFormatException fault(String at, String problem) {
        return ProgramFormatException.at(at, problem);
    }
}
