package dev.asynciotck.program;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Programs built in Java that together use every statement and expression kind. */
public final class ProgramSamples {

    private ProgramSamples() {
    }

    /** @return the sample programs */
    public static List<Program> all() {
        return List.of(everyKind(), empty(), tryForms(), constants(), controlFlow(), classes());
    }

    /** @return the program of language.md's first example, with every statement and expression kind added */
    public static Program everyKind() {
        FunctionDef say = new FunctionDef("say", false, List.of("word"), List.of(
                expr(call(name("record"), name("word"))),
                new Stmt.Return(null)));
        FunctionDef child = new FunctionDef("child", true, List.of("n", "m"), List.of(
                new Stmt.Await(null, call(attr(name("asyncio"), "sleep"), c(0L))),
                new Stmt.Await("x", call(attr(name("asyncio"), "sleep"), List.of(c(0.001)), Map.of("result", name("n")))),
                new Stmt.Try(
                        List.of(new Stmt.Raise(call(name("ValueError"), c("boom")))),
                        List.of(new Stmt.Handler(List.of("ValueError", "asyncio.CancelledError"), "e",
                                        List.of(expr(call(name("record"), c("caught"), name("e"))))),
                                new Stmt.Handler(List.of(), null, List.of(new Stmt.Raise(null)))),
                        List.of(new Stmt.Pass())),
                new Stmt.Return(new Expr.BinOp("*", name("n"), c(1L)))));
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        kwargs.put("name", c("child"));
        return new Program("every kind", List.of("LOOP-SOON-1", "TASK-RESULT-2"), List.of(say, child), List.of(
                expr(call(attr(name("loop"), "call_soon"), name("say"), c("a"))),
                new Stmt.Assign("t", new Expr.Call(attr(name("loop"), "create_task"),
                        List.of(call(name("child"), c(1L), c(2L))), kwargs)),
                expr(call(attr(name("loop"), "run_until_complete"), name("t"))),
                expr(call(name("record"), c("result"), call(attr(name("t"), "result")))),
                expr(call(name("record"), c("shapes"), new Expr.ListOf(List.of(c(1L), c(2.5))),
                        new Expr.TupleOf(List.of()), new Expr.TupleOf(List.of(c("one"))),
                        new Expr.SetOf(List.of(c(1L), c(2L))), call(name("set")))),
                new Stmt.Assign("d", new Expr.DictOf(List.of(c("k"), c(1L)), List.of(c(1L),
                        new Expr.DictOf(List.of(), List.of())))),
                new Stmt.SetItem(name("d"), c("k"), new Expr.Subscript(name("d"), c(1L))),
                new Stmt.Assign("b", new Expr.BytesOf("a\"\\\n\u0000\u007f\u00ff")),
                new Stmt.Assign("s", new Expr.BinOp("+", new Expr.BinOp("-", c(3L), c(1L)), c(1L))),
                expr(call(name("record"), c("compare"), new Expr.ListOf(Expr.COMPARISON_OPERATORS.stream()
                        .map(op -> (Expr) new Expr.Compare(op, name("s"), c(3L))).toList()))),
                expr(call(name("record"), c("not"), new Expr.Not(call(attr(name("loop"), "is_closed"))))),
                new Stmt.Pass()));
    }

    /** @return a protocol class with an __init__ and an async method, an empty class, attribute assignment */
    public static Program classes() {
        ClassDef echo = new ClassDef("Echo", List.of("asyncio.Protocol"), List.of(
                new FunctionDef("__init__", false, List.of("self", "tag"), List.of(c("t")), List.of(
                        new Stmt.SetAttr(name("self"), "tag", name("tag")))),
                new FunctionDef("data_received", false, List.of("self", "data"), List.of(
                        expr(call(name("record"), attr(name("self"), "tag"), name("data"))))),
                new FunctionDef("later", true, List.of("self"), List.of(
                        new Stmt.Await(null, call(attr(name("asyncio"), "sleep"), c(0L)))))));
        ClassDef box = new ClassDef("Box", List.of(), List.of());
        return new Program("classes", List.of(), List.of(), List.of(echo, box), List.of(
                new Stmt.Assign("b", call(name("Box"))),
                new Stmt.SetAttr(name("b"), "item", call(name("Echo"), c("x"))),
                new Stmt.SetAttr(new Expr.Attr(name("b"), "item"), "tag", c("y"))));
    }

    /** @return a program with nothing in it */
    public static Program empty() {
        return new Program("", List.of(), List.of(), List.of());
    }

    /** @return try statements in main and in a plain def, with finally only, handlers only, both */
    public static Program tryForms() {
        FunctionDef f = new FunctionDef("f", false, List.of(), List.of(
                new Stmt.Try(List.of(new Stmt.Return(c(1L))), List.of(), List.of(expr(call(name("record"), c("fin")))))));
        return new Program("try forms", List.of(), List.of(f), List.of(
                new Stmt.Try(List.of(expr(call(name("f")))),
                        List.of(new Stmt.Handler(List.of("RuntimeError"), null, List.of(new Stmt.Pass()))), List.of()),
                new Stmt.Try(List.of(new Stmt.Raise(call(name("TypeError")))),
                        List.of(new Stmt.Handler(List.of(), "e", List.of(new Stmt.Pass()))),
                        List.of(new Stmt.Pass()))));
    }

    /** @return if/elif/else, for over a range and a list, while with break and continue, in main and in functions */
    public static Program controlFlow() {
        FunctionDef pick = new FunctionDef("pick", false, List.of("n"), List.of(
                new Stmt.If(new Expr.Compare("==", name("n"), c(0L)), List.of(new Stmt.Return(c("zero"))),
                        List.of(new Stmt.If(new Expr.Compare("<", name("n"), c(0L)), List.of(new Stmt.Return(c("neg"))),
                                List.of(new Stmt.Return(c("pos"))))))));
        FunctionDef spin = new FunctionDef("spin", true, List.of("f"), List.of(
                new Stmt.While(new Expr.Not(call(attr(name("f"), "done"))), List.of(
                        new Stmt.Await(null, call(attr(name("asyncio"), "sleep"), c(0L)))))));
        return new Program("control flow", List.of(), List.of(pick, spin), List.of(
                new Stmt.For("i", call(name("range"), c(1L), c(5L), c(2L)), List.of(
                        new Stmt.If(new Expr.Compare("==", name("i"), c(3L)), List.of(new Stmt.Continue()), List.of()),
                        expr(call(name("record"), c("i"), call(name("pick"), name("i")))))),
                new Stmt.Assign("k", c(0L)),
                new Stmt.While(c(true), List.of(
                        new Stmt.Assign("k", new Expr.BinOp("+", name("k"), c(1L))),
                        new Stmt.If(new Expr.Compare(">", name("k"), c(2L)), List.of(new Stmt.Break()),
                                List.of(new Stmt.Pass())))),
                new Stmt.For("x", new Expr.ListOf(List.of(c("a"), c("b"))), List.of(new Stmt.Try(
                        List.of(new Stmt.Break()), List.of(), List.of(expr(call(name("record"), name("x")))))))));
    }

    /** @return every kind of constant, with ints and floats of the same value */
    public static Program constants() {
        return new Program("constants", List.of(), List.of(), List.of(
                new Stmt.Assign("v", new Expr.ListOf(List.of(c(null), c(true), c(false), c(1L), c(1.0), c(-2L), c(-0.0),
                        c(0.5), c(1e300), c(1e-7), c(Long.MAX_VALUE), c(Long.MIN_VALUE), c(""), c("s \"q\" \\ é\n"))))));
    }

    static Expr.Const c(Object value) {
        return new Expr.Const(value);
    }

    static Expr.Name name(String id) {
        return new Expr.Name(id);
    }

    static Expr.Attr attr(Expr of, String attribute) {
        return new Expr.Attr(of, attribute);
    }

    static Expr.Call call(Expr fn, Expr... args) {
        return new Expr.Call(fn, Arrays.asList(args), Map.of());
    }

    static Expr.Call call(Expr fn, List<Expr> args, Map<String, Expr> kwargs) {
        return new Expr.Call(fn, args, kwargs);
    }

    static Stmt expr(Expr value) {
        return new Stmt.ExprStmt(value);
    }
}
