package dev.asynciotck.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code parse(print(p))} gives {@code p} back, and canonical text prints as itself. */
class ProgramTextRoundTripTest {

    /** Programs written the way {@link ProgramText#print} writes them. */
    static Stream<String> canonicalPrograms() {
        return Stream.of(
                "",
                "pass\n",
                "record(\"a\")\n",
                "x = 1\ny = -2\nz = 0.5\nw = 1e-05\nv = \"s\"\nu = None\ns = True\nr = False\n",
                "def say(word):\n    record(word)\n\nloop.call_soon(say, \"a\")\nloop.run_forever()\n",
                "def factory(lp, coro, name=None, context=-1, flag=True, s=\"x\"):\n    pass\n\nfactory(1, 2, context=3)\n",
                "async def child(n):\n    await asyncio.sleep(0)\n    return n * 1\n\n"
                        + "t = loop.create_task(child(1), name=\"child\")\nloop.run_until_complete(t)\n"
                        + "record(\"result\", t.result())\n",
                "async def main():\n    x = await asyncio.sleep(0.01, result=3)\n    await f\n    return\n\n",
                "def f():\n    raise\n\ndef g():\n    raise ValueError(\"boom\")\n\n",
                "try:\n    f()\nexcept:\n    pass\n",
                "try:\n    f()\nexcept ValueError:\n    pass\nexcept (TypeError, CancelledError) as e:\n"
                        + "    record(\"e\", e)\nexcept:\n    raise\nfinally:\n    record(\"done\")\n",
                "try:\n    f()\nfinally:\n    g()\n",
                "async def main():\n    try:\n        try:\n            await a\n        except ValueError as e:\n"
                        + "            try:\n                raise e\n            finally:\n"
                        + "                record(\"inner\")\n        finally:\n            pass\n"
                        + "    except BaseException as e:\n        return e\n\n",
                "x = [1, [2, 3], (4,), (), (5, 6), {7}, {8, 9}]\n",
                "x = not a == b + c * d - e\n",
                "x = a - (b - c)\ny = (a + b) * c\nz = a * (b * c)\nw = a * b * c\n",
                "x = (a < b) == c\ny = (not a) + b\nz = not not a\nw = a is not None\nv = a is b\n",
                "x = (1).real\ny = (-1).real\nz = (0.5).hex()\nw = \"a\".upper()\n",
                "x = -2 * y\nz = y - -1\nw = -1 < y\nv = [-1, -0.5, -0.0]\n",
                "f(a, b, k=1, j=[2])\nf()(1)(2).x.y()\n",
                "x = float(\"nan\")\ny = float(\"inf\")\nz = float(\"-inf\")\n",
                "x = \"quote \\\" backslash \\\\ newline \\n tab \\t cr \\r nul \\x00 it's\"\n",
                "x = 9223372036854775807\ny = -9223372036854775808\n",
                "x = 1e+16\ny = 1e-07\nz = 123.456\nw = 1e+300\n",
                "async def main():\n    await (a + b)\n    x = await (-1)\n    y = await (not a)\n"
                        + "    z = await (a == b)\n    await f(x)\n\n",
                "x = (not a,)\ny = f(not a, k=not b)\n",
                "def a():\n    pass\n\nasync def b(x, y):\n    pass\n\nx = a\n",
                "async def gen(n):\n    for i in range(n):\n        yield i\n    yield\n    return\n\n"
                        + "async def main():\n    async for x in gen(2):\n        if x:\n            break\n"
                        + "        continue\n    await g.aclose()\n\n");
    }

    @ParameterizedTest
    @MethodSource("canonicalPrograms")
    void canonicalTextPrintsAsItself(String text) {
        assertEquals(text, ProgramText.print(ProgramText.parse(text)));
    }

    @ParameterizedTest
    @MethodSource("canonicalPrograms")
    void canonicalTextRoundTrips(String text) {
        Program parsed = ProgramText.parse(text);
        assertEquals(parsed, ProgramText.parse(ProgramText.print(parsed)));
    }

    @Test
    void randomProgramsRoundTrip() {
        for (long seed = 0; seed < 1500; seed++) {
            Program program = new RandomPrograms(seed).program();
            String text = ProgramText.print(program);
            assertEquals(program, ProgramText.parse(text), () -> "text:\n" + text);
        }
    }

    @Test
    void nameAndClausesPrintAsCommentsThatParseIgnores() {
        Program program = new Program("two\nlines", List.of("LOOP-SOON-1", "LOOP-SOON-2"), List.of(),
                List.of(new Stmt.Pass()));
        String text = ProgramText.print(program);
        assertEquals("# two lines\n# clauses: LOOP-SOON-1, LOOP-SOON-2\npass\n", text);
        assertEquals(program.describedAs("", List.of()), ProgramText.parse(text));
    }

    @Test
    void precedenceAddsOnlyTheNeededParentheses() {
        Expr a = new Expr.Name("a");
        Expr b = new Expr.Name("b");
        Expr c = new Expr.Name("c");
        assertPrints("a - (b - c)", new Expr.BinOp("-", a, new Expr.BinOp("-", b, c)));
        assertPrints("a - b - c", new Expr.BinOp("-", new Expr.BinOp("-", a, b), c));
        assertPrints("(a + b) * c", new Expr.BinOp("*", new Expr.BinOp("+", a, b), c));
        assertPrints("a + b * c", new Expr.BinOp("+", a, new Expr.BinOp("*", b, c)));
        assertPrints("(a == b) == c", new Expr.Compare("==", new Expr.Compare("==", a, b), c));
        assertPrints("a == (b == c)", new Expr.Compare("==", a, new Expr.Compare("==", b, c)));
        assertPrints("not a == b", new Expr.Not(new Expr.Compare("==", a, b)));
        assertPrints("(not a) == b", new Expr.Compare("==", new Expr.Not(a), b));
        assertPrints("(a + b).c", new Expr.Attr(new Expr.BinOp("+", a, b), "c"));
        assertPrints("(-1).c", new Expr.Attr(new Expr.Const(-1L), "c"));
        assertPrints("(2)(a)", new Expr.Call(new Expr.Const(2L), List.of(a), Map.of()));
        assertPrints("(not a)()", new Expr.Call(new Expr.Not(a), List.of(), Map.of()));
        assertPrints("(a,)", new Expr.TupleOf(List.of(a)));
        assertPrints("()", new Expr.TupleOf(List.of()));
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        kwargs.put("z", a);
        kwargs.put("y", b);
        assertPrints("f(c, z=a, y=b)", new Expr.Call(new Expr.Name("f"), List.of(c), kwargs));
    }

    @Test
    void emptyBlocksPrintAsPass() {
        Program program = new Program("", List.of(),
                List.of(new FunctionDef("f", false, List.of(), List.of())), List.of());
        assertEquals("def f():\n    pass\n\n", ProgramText.print(program));
    }

    @Test
    void aBareExceptWithANamePrintsAsBaseException() {
        Stmt.Try t = new Stmt.Try(List.of(new Stmt.Pass()),
                List.of(new Stmt.Handler(List.of(), "e", List.of(new Stmt.Pass()))), List.of());
        assertEquals("try:\n    pass\nexcept BaseException as e:\n    pass\n",
                ProgramText.print(new Program("", List.of(), List.of(), List.of(t))));
    }

    private static void assertPrints(String expected, Expr e) {
        Program program = new Program("", List.of(), List.of(), List.of(new Stmt.ExprStmt(e)));
        assertEquals(expected + "\n", ProgramText.print(program));
        assertEquals(program, ProgramText.parse(ProgramText.print(program)));
    }
}
