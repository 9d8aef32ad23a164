package dev.asynciotck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TraceText#parse} reads the text form of traces, and round-trips {@link TraceText#print}. */
class TraceTextParserTest {

    static Stream<Arguments> values() {
        return Stream.of(
                v("None", TraceValue.NONE),
                v("True", new TraceValue.Bool(true)),
                v("False", new TraceValue.Bool(false)),
                v("0", new TraceValue.Int(0)),
                v("42", new TraceValue.Int(42)),
                v("-7", new TraceValue.Int(-7)),
                v("9223372036854775807", new TraceValue.Int(Long.MAX_VALUE)),
                v("-9223372036854775808", new TraceValue.Int(Long.MIN_VALUE)),
                v("1.0", new TraceValue.Float(1.0)),
                v("-0.5", new TraceValue.Float(-0.5)),
                v("-0.0", new TraceValue.Float(-0.0)),
                v("1e-05", new TraceValue.Float(1e-5)),
                v("1e+16", new TraceValue.Float(1e16)),
                v("2.5E3", new TraceValue.Float(2500.0)),
                v("inf", new TraceValue.Float(Double.POSITIVE_INFINITY)),
                v("-inf", new TraceValue.Float(Double.NEGATIVE_INFINITY)),
                v("nan", new TraceValue.Float(Double.NaN)),
                v("'s'", new TraceValue.Str("s")),
                v("\"it's\"", new TraceValue.Str("it's")),
                v("''", new TraceValue.Str("")),
                v("'a: b'", new TraceValue.Str("a: b")),
                v("'a\\nb\\tc\\\\d\\'e\\\"f\\rg\\x00\\u20ac\\U0001f600'",
                        new TraceValue.Str("a\nb\tc\\d'e\"f\rg\u0000\u20ac\ud83d\ude00")),
                v("[]", new TraceValue.PyList(List.of())),
                v("[1, 'a', [2]]", new TraceValue.PyList(List.of(new TraceValue.Int(1), new TraceValue.Str("a"),
                        new TraceValue.PyList(List.of(new TraceValue.Int(2)))))),
                v("[ 1 ,2 , ]", new TraceValue.PyList(List.of(new TraceValue.Int(1), new TraceValue.Int(2)))),
                v("()", new TraceValue.Tuple(List.of())),
                v("(1,)", new TraceValue.Tuple(List.of(new TraceValue.Int(1)))),
                v("(1, (2, 3))", new TraceValue.Tuple(List.of(new TraceValue.Int(1),
                        new TraceValue.Tuple(List.of(new TraceValue.Int(2), new TraceValue.Int(3)))))),
                v("set()", new TraceValue.PySet(List.of())),
                v("{2, 1}", new TraceValue.PySet(List.of(new TraceValue.Int(1), new TraceValue.Int(2)))),
                v("({t1}, set())", new TraceValue.Tuple(List.of(
                        new TraceValue.PySet(List.of(new TraceValue.Ref("?", "t1"))), new TraceValue.PySet(List.of())))),
                v("{}", new TraceValue.PyDict(List.of(), List.of())),
                v("b''", new TraceValue.PyBytes("")),
                v("b'a\\x00\\xff\\n\"'", new TraceValue.PyBytes("a\u0000\u00ff\n\"")),
                v("b\"it's\"", new TraceValue.PyBytes("it's")),
                v("{'b': 1, 2: [t1], (1,): {}}", new TraceValue.PyDict(
                        List.of(new TraceValue.Str("b"), new TraceValue.Int(2), new TraceValue.Tuple(List.of(new TraceValue.Int(1)))),
                        List.of(new TraceValue.Int(1), new TraceValue.PyList(List.of(new TraceValue.Ref("?", "t1"))),
                                new TraceValue.PyDict(List.of(), List.of())))),
                v("ValueError('boom')", new TraceValue.Error("ValueError", "boom")),
                v("CancelledError()", new TraceValue.Error("CancelledError", "")),
                v("RuntimeError(\"can't\")", new TraceValue.Error("RuntimeError", "can't")),
                v("t1", new TraceValue.Ref("?", "t1")),
                v("Task#1", new TraceValue.Ref("?", "Task#1")),
                v("_fut", new TraceValue.Ref("?", "_fut")),
                v("<coroutine>", new TraceValue.Opaque("coroutine")),
                v("[<function>, h]", new TraceValue.PyList(List.of(new TraceValue.Opaque("function"),
                        new TraceValue.Ref("?", "h")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void readsEveryValueShape(String text, TraceValue expected) {
        Trace trace = TraceText.parse("label: " + text + "\n");
        assertEquals(List.of(Event.record("label", expected)), trace.events());
        assertNull(trace.raised());
    }

    @Test
    void intsAndFloatsStayDistinct() {
        TraceValue one = TraceText.parse("x: 1").events().get(0).value();
        TraceValue oneFloat = TraceText.parse("x: 1.0").events().get(0).value();
        assertEquals(new TraceValue.Int(1), one);
        assertEquals(new TraceValue.Float(1.0), oneFloat);
        assertTrue(!one.equals(oneFloat));
    }

    @Test
    void readsTheLanguageDocumentsExample() {
        Trace trace = TraceText.parse("""
                a
                result: [1, (2, 3)]
                !handler: ValueError('boom')
                !raised: RuntimeError('Event loop is closed')
                """);
        assertEquals(List.of(Event.record("a"),
                Event.record("result", new TraceValue.PyList(List.of(new TraceValue.Int(1),
                        new TraceValue.Tuple(List.of(new TraceValue.Int(2), new TraceValue.Int(3)))))),
                new Event(Event.Kind.HANDLER, "", new TraceValue.Error("ValueError", "boom"), null)),
                trace.events());
        assertEquals(new TraceValue.Error("RuntimeError", "Event loop is closed"), trace.raised());
    }

    @Test
    void labelsMayContainSpacesAndColonsAndCommentsAndBlankLinesAreIgnored() {
        Trace trace = TraceText.parse("""
                # the expected order

                   call soon:first
                  time 10:00: 'x'
                \tdone
                """);
        assertEquals(List.of(Event.record("call soon:first"), Event.record("time 10:00", new TraceValue.Str("x")),
                Event.record("done")), trace.events());
    }

    @Test
    void theEmptyTextIsTheEmptyTrace() {
        assertEquals(new Trace(List.of(), null), TraceText.parse(""));
        assertEquals(new Trace(List.of(), null), TraceText.parse("\n  \n# nothing\n"));
    }

    @Test
    void windowsLineEndings() {
        assertEquals(TraceText.parse("a\nb: 1\n"), TraceText.parse("a\r\nb: 1\r\n"));
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                e("x: [1, 2", 1, 9, "expected ',' or ']' in the list, found the end of the line"),
                e("a\nx: (1 2)", 2, 7, "expected ',' or ')' in the tuple, found '2'"),
                e("x: (1)", 1, 4, "(x) is not a tuple: write a 1-tuple as (1,)"),
                e("x: {1: 2, 1: 3}", 1, 4, "the dict key 1 appears twice"),
                e("x: {1: 2, 3}", 1, 12, "expected ':' after the key in the dict, found '}'"),
                e("x: {1, 2: 3}", 1, 9, "expected ',' or '}' in the set, found ':'"),
                e("x: {1, 1}", 1, 8, "the set item 1 appears twice"),
                e("x: set(1)", 1, 8, "set() is the empty set"),
                e("x: 'abc", 1, 4, "this string is not closed (missing ')"),
                e("x: 'a\\qb'", 1, 6, "unknown escape '\\q'"),
                e("x: ValueError(1)", 1, 15, "expected a string message or ')' in the exception ValueError(…)"),
                e("x: ValueError('a', 'b')", 1, 18, "expected ')' to close the exception ValueError("),
                e("x: valueError('a')", 1, 4, "only exceptions are written Name(…)"),
                e("x: 1 2", 1, 6, "expected the end of the line after the value 1, found '2'"),
                e("x: 12abc", 1, 4, "invalid number '12a…'"),
                e("x: 1e", 1, 4, "the exponent needs digits"),
                e("x: -", 1, 4, "expected a number after '-'"),
                e("x: -x", 1, 4, "expected a number after '-', found 'x'"),
                e("x: 99999999999999999999", 1, 4, "does not fit in 64 bits"),
                e("x: <coroutine", 1, 4, "expected '>' to close '<type>'"),
                e("x: <>", 1, 4, "expected a type name inside '<…>'"),
                e("x: @", 1, 4, "expected a value (None, True, False, a number"),
                e("x: [", 1, 5, "expected a value"),
                e("!handler", 1, 9, "expected ': ' and a value after '!handler'"),
                e("!raised:", 1, 9, "expected ': ' and a value after '!raised'"),
                e("!oops: 1", 1, 1, "unknown special label '!oops'"),
                e("!raised: 1", 1, 10, "expected an exception after '!raised: '"),
                e("!raised: ValueError()\na", 2, 1, "'!raised' must be the last line of a trace (it is on line 1)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errors")
    void errorsNameLineColumnAndWhatWasExpected(String text, int line, int column, String reason) {
        TraceSyntaxException e = assertThrows(TraceSyntaxException.class, () -> TraceText.parse(text));
        assertTrue(e.getMessage().startsWith("line " + line + ", column " + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), () -> "expected «" + reason + "» in:\n" + e.getMessage());
        String sourceLine = text.split("\n", -1)[line - 1];
        assertTrue(e.getMessage().contains("\n    " + sourceLine + "\n"), e.getMessage());
    }

    @Test
    void theMessageShowsTheLineWithACaret() {
        TraceSyntaxException e = assertThrows(TraceSyntaxException.class, () -> TraceText.parse("a\nb: [1, 2\n"));
        assertEquals("line 2, column 9: expected ',' or ']' in the list, found the end of the line\n"
                + "    b: [1, 2\n"
                + "            ^", e.getMessage());
    }

    @Test
    void printThenParseRoundTrips() {
        List<Event> events = new ArrayList<>();
        events.add(Event.record("start"));
        events.add(Event.record("with spaces", new TraceValue.Str("it's \"quoted\"\n")));
        events.add(new Event(Event.Kind.HANDLER, "", new TraceValue.Error("ZeroDivisionError", "division by zero"),
                null));
        events.add(Event.record("wait", new TraceValue.Tuple(List.of(
                new TraceValue.PySet(List.of(new TraceValue.Ref("?", "t1"), new TraceValue.Ref("?", "Task#2"))),
                new TraceValue.PySet(List.of())))));
        Trace trace = new Trace(events, new TraceValue.Error("CancelledError", ""));
        assertEquals(trace, TraceText.parse(TraceText.print(trace)));
    }

    @Test
    void randomValuesRoundTrip() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            TraceValue value = randomValue(random, 3);
            Trace trace = new Trace(List.of(Event.record("v", value)), null);
            String text = TraceText.print(trace);
            assertEquals(trace, TraceText.parse(text), text);
        }
    }

    @Test
    void eventTimesAreNotPartOfTheTextForm() {
        Trace timed = new Trace(List.of(new Event(Event.Kind.RECORD, "a", new TraceValue.Int(1), 0.25)), null);
        Trace parsed = TraceText.parse(TraceText.print(timed));
        assertNull(parsed.events().get(0).time());
        assertTrue(parsed.events().get(0).sameAs(timed.events().get(0)));
    }

    private static TraceValue randomValue(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 8 : 11);
        String[] strings = {"", "a", "it's", "\"", "'\"", "\\", "\n\t\r", "\u0001\u007f", "é€😀", "a: b", "#x"};
        double[] floats = {0.0, -0.0, 1.0, 0.5, 1e-5, 1e16, 1e22, 123456.789, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, 0.1 + 0.2};
        return switch (kind) {
            case 0 -> TraceValue.NONE;
            case 1 -> new TraceValue.Bool(random.nextBoolean());
            case 2 -> new TraceValue.Int(random.nextBoolean() ? random.nextLong() : random.nextInt(201) - 100);
            case 3 -> new TraceValue.Float(random.nextBoolean() ? floats[random.nextInt(floats.length)]
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(60) - 30));
            case 4 -> new TraceValue.Str(strings[random.nextInt(strings.length)]);
            case 5 -> new TraceValue.Error(random.nextBoolean() ? "ValueError" : "CancelledError",
                    strings[random.nextInt(strings.length)]);
            case 6 -> new TraceValue.Ref("?", random.nextBoolean() ? "t" + random.nextInt(5) : "Task#" + random.nextInt(5));
            case 7 -> new TraceValue.Opaque(random.nextBoolean() ? "coroutine" : "builtin_function_or_method");
            case 8 -> new TraceValue.PyList(items(random, depth));
            case 9 -> new TraceValue.Tuple(items(random, depth));
            default -> new TraceValue.PySet(distinct(items(random, depth)));
        };
    }

    private static List<TraceValue> items(Random random, int depth) {
        List<TraceValue> items = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            items.add(randomValue(random, depth - 1));
        }
        return items;
    }

    private static List<TraceValue> distinct(List<TraceValue> items) {
        List<TraceValue> out = new ArrayList<>();
        for (TraceValue v : items) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static Arguments v(String text, TraceValue value) {
        return Arguments.of(text, value);
    }

    private static Arguments e(String text, int line, int column, String reason) {
        return Arguments.of(text, line, column, reason);
    }
}
