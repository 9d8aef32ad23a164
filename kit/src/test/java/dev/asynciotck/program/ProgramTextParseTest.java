package dev.asynciotck.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ProgramText#parse} builds the syntax tree {@code spec/language.md} describes. */
class ProgramTextParseTest {

    private static final String FEATURE = """
            def say(word):
                record(word)

            async def main():
                t = loop.create_task(child(1), name="c")
                try:
                    x = await asyncio.wait_for_nothing
                except (ValueError, asyncio.CancelledError) as e:
                    record("caught", e)
                    raise
                finally:
                    record("finally")
                done = await asyncio.wait({t}, timeout=0.01, return_when=asyncio.FIRST_COMPLETED)
                return not t.done()

            loop.call_soon(say, "a")
            h = loop.call_later(-1, say, 'b')
            loop.call_at(loop.time() + 0.001, say, "c")
            record("tuple", (1,))
            record("empty", ())
            loop.run_until_complete(main())
            """;

    @Test
    void parsesAFeatureStyleProgram() {
        Program p = ProgramText.parse(FEATURE);
        assertEquals("", p.name());
        assertEquals(List.of(), p.clauses());
        assertEquals(new FunctionDef("say", false, List.of("word"),
                List.of(expr(call(name("record"), name("word"))))), p.functions().get(0));

        FunctionDef main = p.functions().get(1);
        assertEquals("main", main.name());
        assertTrue(main.async());
        assertEquals(List.of(), main.params());
        assertEquals(new Stmt.Assign("t", new Expr.Call(attr(name("loop"), "create_task"),
                List.of(call(name("child"), c(1))), Map.of("name", c("c")))), main.body().get(0));
        assertEquals(new Stmt.Try(
                List.of(new Stmt.Await("x", attr(name("asyncio"), "wait_for_nothing"))),
                List.of(new Stmt.Handler(List.of("ValueError", "asyncio.CancelledError"), "e",
                        List.of(expr(call(name("record"), c("caught"), name("e"))), new Stmt.Raise(null)))),
                List.of(expr(call(name("record"), c("finally"))))), main.body().get(1));
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        kwargs.put("timeout", c(0.01));
        kwargs.put("return_when", attr(name("asyncio"), "FIRST_COMPLETED"));
        Stmt.Await done = (Stmt.Await) main.body().get(2);
        assertEquals(new Stmt.Await("done", new Expr.Call(attr(name("asyncio"), "wait"),
                List.of(new Expr.SetOf(List.of(name("t")))), kwargs)), done);
        assertEquals(List.of("timeout", "return_when"),
                List.copyOf(((Expr.Call) done.value()).kwargs().keySet()));
        assertEquals(new Stmt.Return(new Expr.Not(call(attr(name("t"), "done")))), main.body().get(3));

        assertEquals(List.of(
                expr(call(attr(name("loop"), "call_soon"), name("say"), c("a"))),
                new Stmt.Assign("h", call(attr(name("loop"), "call_later"), c(-1), name("say"), c("b"))),
                expr(call(attr(name("loop"), "call_at"),
                        new Expr.BinOp("+", call(attr(name("loop"), "time")), c(0.001)), name("say"), c("c"))),
                expr(call(name("record"), c("tuple"), new Expr.TupleOf(List.of(c(1))))),
                expr(call(name("record"), c("empty"), new Expr.TupleOf(List.of())))),
                p.main().subList(0, 5));
        assertEquals(expr(call(attr(name("loop"), "run_until_complete"), call(name("main")))), p.main().get(5));
        assertEquals(6, p.main().size());
    }

    @Test
    void theLanguageDocumentsExampleParses() {
        Program p = ProgramText.parse("""
                def say(word):
                    record(word)

                async def child(n):
                    await asyncio.sleep(0)
                    return n * 1

                loop.call_soon(say, "a")
                t = loop.create_task(child(1), name="child")
                loop.run_until_complete(t)
                record("result", t.result())
                """);
        assertEquals(List.of("say", "child"), p.functions().stream().map(FunctionDef::name).toList());
        assertEquals(new Stmt.Return(new Expr.BinOp("*", name("n"), c(1))), p.function("child").body().get(1));
        assertEquals(4, p.main().size());
    }

    @Test
    void precedenceFollowsPython() {
        assertEquals(new Expr.Not(new Expr.Compare("==", name("a"),
                        new Expr.BinOp("-", new Expr.BinOp("+", name("b"),
                                new Expr.BinOp("*", name("c"), name("d"))), name("e")))),
                value("x = not a == b + c * d - e"));
        assertEquals(new Expr.BinOp("-", new Expr.BinOp("-", name("a"), name("b")), name("c")),
                value("x = a - b - c"));
        assertEquals(new Expr.BinOp("*", new Expr.BinOp("+", name("a"), name("b")), name("c")),
                value("x = (a + b) * c"));
        assertEquals(new Expr.BinOp("*", c(-2), name("y")), value("x = -2 * y"));
        assertEquals(new Expr.BinOp("-", new Expr.BinOp("-", name("y"), c(1)), c(-1)), value("x = y -1 - -1"));
        assertEquals(new Expr.Not(new Expr.Not(name("a"))), value("x = not not a"));
    }

    @Test
    void everyComparisonOperator() {
        for (String op : Expr.COMPARISON_OPERATORS) {
            assertEquals(new Expr.Compare(op, name("a"), name("b")), value("x = a " + op + " b"), op);
        }
        assertEquals(new Expr.Compare("is not", name("a"), c(null)), value("x = a is not None"));
    }

    @Test
    void constants() {
        assertEquals(c(null), value("x = None"));
        assertEquals(c(true), value("x = True"));
        assertEquals(c(false), value("x = False"));
        assertEquals(c(0), value("x = 0"));
        assertEquals(c(42), value("x = 42"));
        assertEquals(c(-42), value("x = -42"));
        assertEquals(c(-42), value("x = - 42"));
        assertEquals(c(Long.MAX_VALUE), value("x = 9223372036854775807"));
        assertEquals(c(Long.MIN_VALUE), value("x = -9223372036854775808"));
        assertEquals(c(0.5), value("x = 0.5"));
        assertEquals(c(0.5), value("x = .5"));
        assertEquals(c(1.0), value("x = 1."));
        assertEquals(c(0.001), value("x = 1e-3"));
        assertEquals(c(1e16), value("x = 1E+16"));
        assertEquals(c(-0.0), value("x = -0.0"));
        assertEquals(c(1.0), value("x = 1.0"));
        assertFalse(value("x = 1.0").equals(c(1)), "1.0 is a float, not an int");
        assertEquals(c(Double.NaN), value("x = float(\"nan\")"));
        assertEquals(c(Double.NEGATIVE_INFINITY), value("x = float('-Infinity')"));
        assertEquals(call(name("float"), c("1.5")), value("x = float(\"1.5\")"));
    }

    @Test
    void strings() {
        assertEquals(c("it's"), value("x = \"it's\""));
        assertEquals(c("say \"hi\""), value("x = 'say \"hi\"'"));
        assertEquals(c("a\nb\tc\\d'e\"f\rg"), value("x = 'a\\nb\\tc\\\\d\\'e\\\"f\\rg'"));
        assertEquals(c("\u0000\u0007\u00e9\u20ac\ud83d\ude00"), value("x = \"\\0\\a\\xe9\\u20ac\\U0001f600\""));
        assertEquals(c("# not a comment"), value("x = \"# not a comment\"  # a comment"));
        assertEquals(c(""), value("x = ''"));
    }

    @Test
    void displaysAndTrailingCommas() {
        assertEquals(new Expr.ListOf(List.of()), value("x = []"));
        assertEquals(new Expr.ListOf(List.of(c(1), c(2))), value("x = [1, 2,]"));
        assertEquals(new Expr.TupleOf(List.of()), value("x = ()"));
        assertEquals(new Expr.TupleOf(List.of(c(1))), value("x = (1,)"));
        assertEquals(new Expr.TupleOf(List.of(c(1), c(2))), value("x = (1, 2,)"));
        assertEquals(c(1), value("x = (1)"));
        assertEquals(new Expr.SetOf(List.of(c(1))), value("x = {1}"));
        assertEquals(new Expr.SetOf(List.of(c(1), c(2))), value("x = {1, 2,}"));
        assertEquals(call(name("f"), c(1), c(2)), value("x = f(1, 2,)"));
        assertEquals(new Expr.Call(name("f"), List.of(), Map.of("k", c(1))), value("x = f(k=1,)"));
        assertEquals(attr(attr(call(call(name("f")), c(1)), "a"), "b"), value("x = f()(1).a.b"));
    }

    @Test
    void bracketsSpanLinesAndIgnoreCommentsInside() {
        Program p = ProgramText.parse("""
                record(
                    "a",   # first
                        [1,
                 2],
                )
                x = 1
                """);
        assertEquals(List.of(expr(call(name("record"), c("a"), new Expr.ListOf(List.of(c(1), c(2))))),
                new Stmt.Assign("x", c(1))), p.main());
    }

    @Test
    void functionsAndStatementsInterleave() {
        Program p = ProgramText.parse("""
                # a comment

                x = 1
                def f():
                    pass
                y = 2

                async def g(a, b,):
                    return a
                z = 3
                """);
        assertEquals(List.of("f", "g"), p.functions().stream().map(FunctionDef::name).toList());
        assertEquals(List.of("a", "b"), p.function("g").params());
        assertEquals(List.of(new Stmt.Assign("x", c(1)), new Stmt.Assign("y", c(2)), new Stmt.Assign("z", c(3))),
                p.main());
    }

    @Test
    void anyConsistentIndentationIsAccepted() {
        Program two = ProgramText.parse("""
                async def f():
                  try:
                        await g
                  except ValueError:
                   pass
                  return 1
                """);
        Program four = ProgramText.parse("""
                async def f():
                    try:
                        await g
                    except ValueError:
                        pass
                    return 1
                """);
        assertEquals(four, two);
    }

    @Test
    void exceptClauses() {
        Stmt.Try t = (Stmt.Try) ProgramText.parse("""
                try:
                    pass
                except ValueError:
                    pass
                except asyncio.CancelledError as e:
                    pass
                except (A, B,) as err:
                    pass
                except (C):
                    pass
                except:
                    pass
                """).main().get(0);
        List<Stmt> pass = List.of(new Stmt.Pass());
        assertEquals(List.of(new Stmt.Handler(List.of("ValueError"), null, pass),
                new Stmt.Handler(List.of("asyncio.CancelledError"), "e", pass),
                new Stmt.Handler(List.of("A", "B"), "err", pass),
                new Stmt.Handler(List.of("C"), null, pass),
                new Stmt.Handler(List.of(), null, pass)), t.handlers());
        assertEquals(List.of(), t.finallyBody());
    }

    @Test
    void tryFinallyWithoutHandlers() {
        Stmt.Try t = (Stmt.Try) ProgramText.parse("try:\n    f()\nfinally:\n    g()\n").main().get(0);
        assertEquals(List.of(), t.handlers());
        assertEquals(List.of(expr(call(name("g")))), t.finallyBody());
    }

    @Test
    void simpleStatements() {
        FunctionDef f = ProgramText.parse("""
                async def f(a):
                    pass
                    return
                    return a
                    raise
                    raise ValueError("boom")
                    await a
                    b = await (a + 1)
                    c = a
                    a
                """).functions().get(0);
        assertEquals(List.of(new Stmt.Pass(), new Stmt.Return(null), new Stmt.Return(name("a")),
                new Stmt.Raise(null), new Stmt.Raise(call(name("ValueError"), c("boom"))),
                new Stmt.Await(null, name("a")), new Stmt.Await("b", new Expr.BinOp("+", name("a"), c(1))),
                new Stmt.Assign("c", name("a")), expr(name("a"))), f.body());
    }

    @Test
    void emptyAndCommentOnlyTextsAreEmptyPrograms() {
        Program empty = new Program("", List.of(), List.of(), List.of());
        assertEquals(empty, ProgramText.parse(""));
        assertEquals(empty, ProgramText.parse("\n\n# only\n   # comments\n\n"));
    }

    @Test
    void windowsLineEndingsAndAByteOrderMark() {
        assertEquals(ProgramText.parse("def f():\n    pass\n\nx = 1\n"),
                ProgramText.parse("\uFEFFdef f():\r\n    pass\r\n\r\nx = 1"));
    }

    // ---------------------------------------------------------------- helpers

    private static Expr value(String assignment) {
        return ((Stmt.Assign) ProgramText.parse(assignment).main().get(0)).value();
    }

    static Expr name(String id) {
        return new Expr.Name(id);
    }

    static Expr c(Object value) {
        return new Expr.Const(value);
    }

    static Expr attr(Expr of, String name) {
        return new Expr.Attr(of, name);
    }

    static Expr call(Expr fn, Expr... args) {
        return new Expr.Call(fn, Arrays.asList(args), Map.of());
    }

    static Stmt expr(Expr e) {
        return new Stmt.ExprStmt(e);
    }
}
