package dev.asynciotck.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text outside the subset fails with a {@link ProgramSyntaxException} that names the line and
 * column, says what is wrong, and shows the offending line.
 */
class ProgramTextErrorTest {

    static Stream<Arguments> unsupported() {
        return Stream.of(
                // statements
                err("x = 1\nfor x, y in z:\n    pass\n", 2, 6, "a for loop binds one plain name (for x in EXPR);"
                        + " unpacking is not part of the scenario language"),
                err("while True:\n    pass\nelse:\n    pass\n", 3, 1, "'else' clauses of loops are not part"),
                err("break\n", 1, 1, "'break' outside a loop; it belongs in the body of a for, async for or while"),
                err("if x:\n    continue\n", 2, 5, "'continue' outside a loop"),
                err("else:\n    pass\n", 1, 1, "'else' without a matching 'if:' at the same indentation"),
                err("elif x:\n    pass\n", 1, 1, "'elif' without a matching 'if:'"),
                err("try:\n    pass\nexcept errors.Boom:\n    pass\n", 3, 8,
                        "except names exception types as NAME or asyncio.NAME"),
                err("global x\n", 1, 1, "'global' statements are not part of the scenario language (see"
                        + " spec/language.md); supported statements:"),
                err("with x:\n    pass\n", 1, 1, "'with' statements are not part"),
                err("def f():\n    class A:\n        pass\n", 2, 5, "classes are defined at top level only"),
                err("class A(asyncio.Queue):\n    pass\n", 1, 9, "a class's base is one of asyncio.BaseProtocol, asyncio.Protocol, asyncio.DatagramProtocol, or none"),
                err("class A(object):\n    pass\n", 1, 9, "a class's base is one of"),
                err("class A(asyncio.Protocol, asyncio.BaseProtocol):\n    pass\n", 1, 9, "a class's base is one of"),
                err("class A:\n    x = 1\n", 2, 5, "a class body holds method definitions (def or async def) or a lone pass"),
                err("class A:\n    def m():\n        pass\n", 2, 5, "method 'm' takes no parameter; its first parameter is the instance (self)"),
                err("class A:\n    def m(self):\n        pass\n    def m(self):\n        pass\n", 4, 5, "method 'm' is defined twice in class 'A'"),
                err("def A():\n    pass\nclass A:\n    pass\n", 3, 1, "'A' is defined twice"),
                err("o.a = await f()\n", 1, 7, "the value of an await is assigned to a plain name (r = await EXPR, then o.a = r)"),
                err("import asyncio\n", 1, 1, "imports are not part"),
                err("from asyncio import sleep\n", 1, 1, "imports are not part"),
                err("del x\n", 1, 1, "'del' statements are not part"),
                err("global x\n", 1, 1, "'global' statements are not part"),
                err("assert x\n", 1, 1, "'assert' statements are not part"),
                err("async def f():\n    break\n", 2, 5, "'break' outside a loop"),
                err("def f():\n    async for x in y:\n        pass\n", 2, 5, "'async for' outside an async function"),
                err("async def f():\n    async for x, y in z:\n        pass\n", 2, 16, "an async for loop binds one plain name"),
                err("def f():\n    yield 1\n", 2, 5, "'yield' outside an async function"),
                err("yield 1\n", 1, 1, "'yield' outside an async function"),
                err("async def f():\n    yield 1\n    return 2\n", 3, 5, "'return' with value in async generator 'f'"
                        + " (it yields on line 2); an asynchronous generator ends with a bare return"),
                err("async def f():\n    yield from g()\n", 2, 11, "'yield from' inside an async function is not Python"),
                err("def f():\n    async with x:\n        pass\n", 2, 5, "'async with' outside an async function"),
                err("async def f():\n    async with x, y:\n        pass\n", 2, 17, "'async with' takes one context manager"),
                err("@decorator\ndef f():\n    pass\n", 1, 1, "decorators are not part"),
                err("def f():\n    def g():\n        pass\n", 2, 5, "functions are defined at top level only"),
                err("try:\n    async def g():\n        pass\nfinally:\n    pass\n", 2, 5,
                        "functions are defined at top level only"),
                err("def f():\n    pass\ndef f():\n    pass\n", 3, 1, "'f' is defined twice; give each function and class its own name"),
                err("return 1\n", 1, 1, "'return' outside a function"),
                err("x += 1\n", 1, 3, "augmented assignment ('+=') is not part"),
                err("a.b = c = 1\n", 1, 9, "chained assignment (o.a = b = …) is not part"),
                err("a = b = 1\n", 1, 7, "chained assignment (a = b = …) is not part"),
                err("x: int = 1\n", 1, 2, "unexpected ':'"),
                err("a; b\n", 1, 2, "one statement per line"),
                err("raise X from Y\n", 1, 9, "'raise … from …' is not part"),
                err("x = 1, 2\n", 1, 6, "a tuple must be written in parentheses: (a, b)"),
                err("def f():\n    return 1, 2\n", 2, 13, "a tuple must be written in parentheses"),
                err("record(1), 2\n", 1, 10, "a tuple must be written in parentheses"),
                // try
                err("try:\n    pass\nx = 1\n", 3, 1, "expected 'except' or 'finally' for the 'try:' on line 1"),
                err("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", 5, 1,
                        "a bare 'except:' must be the last except clause"),
                err("try:\n    pass\nexcept A, B:\n    pass\n", 3, 9, "several exception types are written in"
                        + " parentheses: except (A, B):"),
                err("try:\n    pass\nexcept ():\n    pass\n", 3, 8, "'except ():' catches nothing"),
                err("try:\n    pass\nexcept A:\n    pass\nelse:\n    pass\n", 5, 1,
                        "'else' clauses of try are not part"),
                err("try:\n    pass\nexcept* A:\n    pass\n", 3, 7, "'except*' is not part"),
                err("except A:\n    pass\n", 1, 1, "'except' without a matching 'try:'"),
                err("try: pass\nfinally: pass\n", 1, 6, "one-line blocks are not part of the scenario language"),
                // await
                err("await f()\n", 1, 1, "'await' outside an async function"),
                err("def f():\n    await g()\n", 2, 5, "'await' inside a plain 'def'"),
                err("def f():\n    x = await g()\n", 2, 9, "'await' inside a plain 'def'"),
                err("async def f():\n    record(await g())\n", 2, 12, "'await' is allowed only as a whole"
                        + " statement (await EXPR) or as the whole right-hand side of an assignment"),
                err("async def f():\n    return await g()\n", 2, 12, "'await' is allowed only as a whole"),
                err("async def f():\n    x = 1 + await g()\n", 2, 13, "'await' is allowed only as a whole"),
                err("async def f():\n    x = await a + b\n", 2, 17, "'await' applies to the whole statement;"
                        + " put the awaited expression in parentheses: await (a + b)"),
                err("async def f():\n    await a == b\n", 2, 13, "put the awaited expression in parentheses"),
                err("async def f():\n    await -1\n", 2, 11, "put the awaited expression in parentheses"),
                // expressions
                err("x = lambda: 1\n", 1, 5, "lambda expressions are not part"),
                err("x = {**a}\n", 1, 6, "'**' unpacking in a dict display is not part"),
                err("x = {1: 2, **a}\n", 1, 12, "'**' unpacking in a dict display is not part"),
                err("x = {1: 2, 3}\n", 1, 13, "expected ':' after the key in the dict display"),
                err("x = a[1:2]\n", 1, 8, "slices (a[i:j]) are not part"),
                err("x = a[1, 2]\n", 1, 8, "a subscript takes one key or index; write a tuple key in parentheses"),
                err("async def f():\n    a[0] = await g()\n", 2, 12, "the value of an await is assigned to a plain name"),
                err("a[0] = b = 1\n", 1, 10, "chained assignment (a[i] = b = …) is not part"),
                err("x = a % b\n", 1, 7, "supported operators: and, or, not, ==, !=, <, <=, >, >=, is, is not, +, -, *"),
                err("x = a < b < c\n", 1, 11, "chained comparisons (a < b < c) are not part"),
                err("x = a == b != c\n", 1, 12, "chained comparisons"),
                err("x = a / b\n", 1, 7, "the operator '/' is not part"),
                err("x = a // b\n", 1, 7, "the operator '//' is not part"),
                err("x = a % b\n", 1, 7, "the operator '%' is not part"),
                err("x = a ** b\n", 1, 7, "the operator '**' is not part"),
                err("x = a | b\n", 1, 7, "the operator '|' is not part"),
                err("x = a if b else c\n", 1, 7, "conditional expressions (a if c else b) are not part"),
                err("x = a in b\n", 1, 7, "membership tests ('in', 'not in') are not part"),
                err("x = a not in b\n", 1, 7, "membership tests"),
                err("x = -a\n", 1, 5, "unary minus is supported only on number literals"),
                err("x = --1\n", 1, 5, "unary minus is supported only on number literals"),
                err("x = +1\n", 1, 5, "unary '+' is not part"),
                err("x = ~1\n", 1, 5, "unary '~' is not part"),
                err("x = a + not b\n", 1, 9, "'not' needs parentheses here"),
                err("x = -1 .real\n", 1, 5, "a negative number followed by '.' needs parentheses"),
                err("x = [i for i in y]\n", 1, 8, "comprehensions and generator expressions are not part"),
                err("f(i for i in y)\n", 1, 5, "comprehensions and generator expressions are not part"),
                err("f(*args)\n", 1, 3, "'*' arguments are not part"),
                err("f(**kw)\n", 1, 3, "'**' arguments are not part"),
                err("f(k=1, 2)\n", 1, 8, "a positional argument cannot follow keyword arguments"),
                err("f(k=1, k=2)\n", 1, 8, "keyword argument 'k' is given twice"),
                err("x = (y := 1)\n", 1, 8, "assignment expressions (:=) are not part"),
                err("x = ...\n", 1, 5, "'...' (Ellipsis) is not part"),
                err("async def f():\n    x = yield\n", 2, 9, "'yield' is a whole statement in the scenario language"),
                err("x = y.for\n", 1, 7, "expected an attribute name after '.', found the keyword 'for'"),
                err("x = f(a b)\n", 1, 9, "expected ',' or ')' in the argument list, found 'b'"),
                err("x = [1 2]\n", 1, 8, "expected ',' or ']' in the list, found the number 2"),
                err("x =\n", 1, 4, "expected an expression, found the end of the line"),
                err("x = \"a\" \"b\"\n", 1, 9, "adjacent strings are not joined"),
                // functions
                err("def f(a=x):\n    pass\n", 1, 8, "a default value is a constant"),
                err("def f(a=1, b):\n    pass\n", 1, 12, "parameter 'b' without a default follows one with a default"),
                err("def f(*a):\n    pass\n", 1, 7, "'*' parameters are not part"),
                err("def f(a, a):\n    pass\n", 1, 10, "parameter 'a' appears twice"),
                err("def f(a: int):\n    pass\n", 1, 8, "annotations are not part"),
                err("def f() -> int:\n    pass\n", 1, 9, "annotations are not part"),
                err("def f():\nx = 1\n", 2, 1, "expected an indented block after the ':' on line 1"),
                err("def f():\n", 1, 9, "expected an indented block after the ':' on line 1"),
                err("def for():\n    pass\n", 1, 5, "expected a function name, found the keyword 'for'"),
                // layout and tokens
                err("x = 1\n    y = 2\n", 2, 5, "unexpected indentation"),
                err("def f():\n    x = 1\n  y = 2\n", 3, 3, "indentation does not match any enclosing block"),
                err("def f():\n\tx = 1\n", 2, 1, "tabs are not allowed in indentation"),
                err("x = 1 + \\\n    2\n", 1, 9, "line continuation with '\\' is not part"),
                err("x = (1,\n", 1, 5, "'(' is never closed"),
                err("x = 1)\n", 1, 6, "unmatched ')'"),
                err("x = [1)\n", 1, 7, "')' does not close '['"),
                err("x = $\n", 1, 5, "unexpected character '$'"),
                err("x = r\"a\"\n", 1, 5, "string prefixes ('r') are not part"),
                err("x = f\"{a}\"\n", 1, 5, "string prefixes ('f') are not part"),
                err("x = rb\"a\"\n", 1, 5, "string prefixes ('rb') are not part"),
                err("x = b\"é\"\n", 1, 7, "a bytes literal holds ASCII characters only"),
                err("x = b\"\\u0041\"\n", 1, 7, "\\u is not an escape in a bytes literal"),
                err("x = b\"a\" \"b\"\n", 1, 10, "adjacent literals are not joined"),
                err("x = \"\"\"doc\"\"\"\n", 1, 5, "triple-quoted strings are not part"),
                err("x = \"abc\n", 1, 5, "this string is not closed on its line"),
                err("x = \"\\d\"\n", 1, 6, "unknown escape '\\d'"),
                err("x = \"\\x4\"\n", 1, 6, "escape \\x needs 2 hex digits"),
                err("x = 0x10\n", 1, 5, "invalid number '0x…'"),
                err("x = 1_000\n", 1, 5, "invalid number '1_…'"),
                err("x = 1j\n", 1, 5, "invalid number '1j…'"),
                err("x = 1e\n", 1, 6, "an exponent needs digits"),
                err("x = 007\n", 1, 5, "leading zeros are not allowed"),
                err("x = 9223372036854775808\n", 1, 5, "the int 9223372036854775808 does not fit in 64 bits"),
                err("x = -9223372036854775809\n", 1, 6, "the int -9223372036854775809 does not fit in 64 bits"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("unsupported")
    void reportsLineColumnReasonAndTheLine(String text, int line, int column, String reason) {
        ProgramSyntaxException e = assertThrows(ProgramSyntaxException.class, () -> ProgramText.parse(text));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.reason().contains(reason), () -> "expected «" + reason + "» in:\n" + e.getMessage());
        String sourceLine = text.split("\n", -1)[line - 1];
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": " + e.reason()),
                e.getMessage());
        assertTrue(e.getMessage().contains("\n    " + sourceLine + "\n"), e.getMessage());
    }

    @Test
    void theMessageShowsTheLineWithACaretUnderTheColumn() {
        ProgramSyntaxException e = assertThrows(ProgramSyntaxException.class,
                () -> ProgramText.parse("x = 1\ndef f():\n    with y:\n        pass\n"));
        assertEquals("line 3, column 5: 'with' statements are not part of the scenario language (see spec/language.md);"
                + " supported statements: EXPR, x = EXPR, await EXPR, x = await EXPR, return, raise, pass,"
                + " try/except/finally, if/elif/else, for x in EXPR, while, break, continue, async with EXPR as x,"
                + " async for x in EXPR, yield EXPR\n"
                + "        with y:\n"
                + "        ^", e.getMessage());
    }

    @Test
    void isAnIllegalArgumentException() {
        assertTrue(IllegalArgumentException.class.isAssignableFrom(ProgramSyntaxException.class));
    }

    private static Arguments err(String text, int line, int column, String reason) {
        return Arguments.of(text, line, column, reason);
    }
}
