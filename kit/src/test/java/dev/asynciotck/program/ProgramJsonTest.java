package dev.asynciotck.program;

import static dev.asynciotck.program.ProgramSamples.c;
import static dev.asynciotck.program.ProgramSamples.call;
import static dev.asynciotck.program.ProgramSamples.expr;
import static dev.asynciotck.program.ProgramSamples.name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class ProgramJsonTest {

    static Stream<Program> samples() {
        return ProgramSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aProgramSurvivesWritingAndReading(Program program) {
        String json = ProgramJson.write(program);
        assertEquals(program, ProgramJson.read(json));
        assertEquals(program, ProgramJson.read(ProgramJson.toJson(program)));
        assertEquals(json, ProgramJson.write(ProgramJson.read(json)), "writing is stable");
    }

    @Test
    void anIntegerTokenIsALongAndAFractionOrExponentMakesADouble() {
        Program p = ProgramJson.read(doc("[{'op':'assign','target':'v','value':{'list':["
                + "{'const':1},{'const':1.0},{'const':1e3},{'const':-0.0},{'const':-2}]}}]"));
        Expr.ListOf list = (Expr.ListOf) ((Stmt.Assign) p.main().get(0)).value();
        List<Object> values = list.items().stream().map(e -> ((Expr.Const) e).value()).toList();
        assertEquals(List.of(1L, 1.0, 1000.0, -0.0, -2L), values);
        assertInstanceOf(Double.class, values.get(1));
        String written = ProgramJson.write(p);
        assertTrue(written.contains("{\"const\": 1}, {\"const\": 1.0}, {\"const\": 1000.0}, {\"const\": -0.0}"), written);
    }

    @Test
    void theWrittenFormIsLaidOutWithKeysInAFixedOrder() {
        Program p = new Program("hello", List.of("LOOP-SOON-1"),
                List.of(new FunctionDef("say", false, List.of("word"), List.of(expr(call(name("record"), name("word")))))),
                List.of(expr(call(new Expr.Attr(name("loop"), "call_soon"), name("say"), c("a"))),
                        expr(call(new Expr.Attr(name("loop"), "run_until_complete"),
                                call(new Expr.Attr(name("asyncio"), "sleep"), c(0.5))))));
        String expected = """
                {
                  "format": "asyncio-tck-program/1",
                  "name": "hello",
                  "clauses": ["LOOP-SOON-1"],
                  "functions": [
                    {
                      "def": "say",
                      "async": false,
                      "params": ["word"],
                      "body": [{"op": "expr", "value": {"call": {"name": "record"}, "args": [{"name": "word"}]}}]
                    }
                  ],
                  "main": [
                    {
                      "op": "expr",
                      "value": {
                        "call": {"attr": "call_soon", "of": {"name": "loop"}},
                        "args": [{"name": "say"}, {"const": "a"}]
                      }
                    },
                    {
                      "op": "expr",
                      "value": {
                        "call": {"attr": "run_until_complete", "of": {"name": "loop"}},
                        "args": [{"call": {"attr": "sleep", "of": {"name": "asyncio"}}, "args": [{"const": 0.5}]}]
                      }
                    }
                  ]
                }
                """;
        assertEquals(expected, ProgramJson.write(p));
    }

    @Test
    void optionalPartsMayBeLeftOutWhenReading() {
        Program p = ProgramJson.read(doc("{'format':'asyncio-tck-program/1','main':[],"
                + "'functions':[{'def':'f','body':[{'op':'pass'}]}]}"));
        assertEquals(new Program("", List.of(), List.of(new FunctionDef("f", false, List.of(), List.of(new Stmt.Pass()))),
                List.of()), p);
    }

    @Test
    void theMessageOfTheBriefIsExact() {
        ProgramFormatException e = assertThrows(ProgramFormatException.class, () -> ProgramJson.read(doc(
                "[{'op':'pass'},{'op':'pass'},{'op':'pass'},{'op':'expr','value':{'cal':{'name':'f'}}}]")));
        assertEquals("at /main/3/value: unknown expression {\"cal\": …}; an expression has exactly one of const, "
                + "bytes, name, attr, call, list, tuple, set, dict, subscript, binop, compare, boolop, not", e.getMessage());
        assertEquals("/main/3/value", e.pointer());
    }

    /** Documents that are not programs, the pointer each error must name, and a fragment of its message. */
    static final List<String[]> FAULTS = List.of(
            // the document
            new String[] {"{", null, "not JSON"},
            new String[] {"  ", null, "not JSON: the document is empty"},
            new String[] {"{'format':'asyncio-tck-program/1','main':[],'main':[]}", null, "Duplicate field 'main'"},
            new String[] {"{'format':'asyncio-tck-program/1','main':[]} []", null, "not JSON"},
            new String[] {"[]", "", "expected a program (an object), got []"},
            new String[] {"{'main':[]}", "", "missing \"format\""},
            new String[] {"{'format':'asyncio-tck-program/2','main':[]}", "/format",
                "expected \"asyncio-tck-program/1\", got \"asyncio-tck-program/2\""},
            new String[] {"{'format':'asyncio-tck-program/1'}", "", "missing \"main\""},
            new String[] {"{'format':'asyncio-tck-program/1','main':[],'extra':1}", "", "unknown key \"extra\" in a program"},
            new String[] {"{'format':'asyncio-tck-program/1','name':3,'main':[]}", "/name", "expected a string, got 3"},
            new String[] {"{'format':'asyncio-tck-program/1','clauses':['A-1',''],'main':[]}", "/clauses/1", "not empty"},
            new String[] {"{'format':'asyncio-tck-program/1','clauses':'A-1','main':[]}", "/clauses", "expected an array"},
            new String[] {"{'format':'asyncio-tck-program/1','main':{}}", "/main", "expected an array of statements"},
            // functions
            new String[] {fn("{'def':'1f','body':[{'op':'pass'}]}"), "/functions/0/def", "\"1f\" is not a Python identifier"},
            new String[] {fn("{'def':'class','body':[{'op':'pass'}]}"), "/functions/0/def", "\"class\" is a Python keyword"},
            new String[] {fn("{'body':[{'op':'pass'}]}"), "/functions/0", "missing \"def\" in a function definition"},
            new String[] {fn("{'def':'f','async':'yes','body':[{'op':'pass'}]}"), "/functions/0/async", "expected true or false"},
            new String[] {fn("{'def':'f','params':['a','b','a'],'body':[{'op':'pass'}]}"), "/functions/0/params/2",
                "duplicate parameter \"a\""},
            new String[] {fn("{'def':'f','body':[]}"), "/functions/0/body", "a block needs at least one statement"},
            new String[] {fn("{'def':'f','body':[{'op':'pass'}],'doc':'x'}"), "/functions/0",
                "unknown key \"doc\" in a function definition"},
            new String[] {fn("{'def':'f','body':[{'op':'pass'}]},{'def':'f','body':[{'op':'pass'}]}"), "/functions/1/def",
                "\"f\" is already defined at /functions/0; give each function and class its own name"},
            new String[] {fn("3"), "/functions/0", "expected a function definition (an object), got 3"},
            // where await and return may be
            new String[] {fn("{'def':'f','body':[{'op':'pass'},{'op':'pass'},{'op':'await','value':{'name':'x'}}]}"),
                "/functions/0/body/2", "'await' is only allowed inside 'async def'"},
            new String[] {main("{'op':'await','target':'x','value':{'name':'x'}}"), "/main/0",
                "'await' is only allowed inside 'async def'"},
            new String[] {main("{'op':'try','body':[{'op':'return'}],'finally':[{'op':'pass'}]}"), "/main/0/body/0",
                "'return' is only allowed inside a function"},
            new String[] {fn("{'def':'f','body':[{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':[],'body':"
                + "[{'op':'await','value':{'name':'x'}}]}]}]}"), "/functions/0/body/0/handlers/0/body/0", "'await' is only"},
            // statements
            new String[] {main("'pass'"), "/main/0", "expected a statement (an object), got \"pass\""},
            new String[] {main("{'value':{'name':'x'}}"), "/main/0", "missing \"op\" in statement {\"value\": …}"},
            new String[] {main("{'op':'with'}"), "/main/0/op", "unknown statement \"with\"; \"op\" is one of expr, assign"},
            new String[] {main("{'op':1}"), "/main/0/op", "unknown statement 1"},
            new String[] {main("{'op':'pass','value':{'name':'x'}}"), "/main/0", "unknown key \"value\" in a 'pass' statement"},
            new String[] {main("{'op':'expr'}"), "/main/0", "missing \"value\" in an 'expr' statement"},
            new String[] {main("{'op':'assign','value':{'name':'x'}}"), "/main/0", "missing \"target\" in an 'assign'"},
            new String[] {main("{'op':'assign','target':'a.b','value':{'name':'x'}}"), "/main/0/target", "not a Python identifier"},
            new String[] {main("{'op':'raise','value':null}"), "/main/0/value", "expected an expression (an object), got null"},
            // try
            new String[] {main("{'op':'try','body':[{'op':'pass'}]}"), "/main/0", "a 'try' needs at least one handler"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[],'finally':[]}"), "/main/0", "a 'try' needs"},
            new String[] {main("{'op':'try','body':[],'finally':[{'op':'pass'}]}"), "/main/0/body", "at least one statement"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':[],'body':[{'op':'pass'}]},"
                + "{'types':['ValueError'],'body':[{'op':'pass'}]}]}"), "/main/0/handlers/0", "must be the last handler"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':['asyncio..X'],'body':[{'op':'pass'}]}]}"),
                "/main/0/handlers/0/types/0", "is not a name or a dotted name"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':['E'],'name':'e'}]}"),
                "/main/0/handlers/0", "missing \"body\" in an except handler"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'body':[{'op':'pass'}]}]}"),
                "/main/0/handlers/0", "missing \"types\""},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':[],'name':'','body':[{'op':'pass'}]}]}"),
                "/main/0/handlers/0/name", "\"\" is not a Python identifier"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'handlers':{}}"), "/main/0/handlers", "expected an array"},
            new String[] {main("{'op':'try','body':[{'op':'pass'}],'else':[{'op':'pass'}],'finally':[{'op':'pass'}]}"),
                "/main/0", "unknown key \"else\" in a 'try' statement"},
            // expressions
            new String[] {value("{'name':'x','const':1}"), "/main/0/value", "ambiguous expression {\"name\": …, \"const\": …}"},
            new String[] {value("{}"), "/main/0/value", "unknown expression {}"},
            new String[] {value("[1]"), "/main/0/value", "expected an expression (an object), got [1]"},
            new String[] {value("{'const':[1]}"), "/main/0/value/const", "a constant is null, true, false, a number or a string"},
            new String[] {value("{'const':123456789012345678901234567890}"), "/main/0/value/const", "does not fit in 64 bits"},
            new String[] {value("{'const':1e400}"), "/main/0/value/const", "is not a finite 64-bit float"},
            new String[] {value("{'name':'None'}"), "/main/0/value/name", "\"None\" is a Python keyword"},
            new String[] {value("{'attr':'x'}"), "/main/0/value", "missing \"of\" in an 'attr' expression"},
            new String[] {value("{'attr':'2','of':{'name':'x'}}"), "/main/0/value/attr", "not a Python identifier"},
            new String[] {value("{'call':{'name':'f'},'args':{}}"), "/main/0/value/args", "expected an array of expressions"},
            new String[] {value("{'call':{'name':'f'},'arg':[]}"), "/main/0/value",
                "unknown key \"arg\" in a 'call' expression; its keys are call, args, kwargs"},
            new String[] {value("{'call':{'name':'f'},'args':[{'name':'x'},{'nam':'y'}]}"), "/main/0/value/args/1",
                "unknown expression {\"nam\": …}"},
            new String[] {value("{'call':{'name':'f'},'kwargs':[]}"), "/main/0/value/kwargs", "expected keyword arguments"},
            new String[] {value("{'call':{'name':'f'},'kwargs':{'a/b':{'const':1}}}"), "/main/0/value/kwargs/a~1b",
                "keyword \"a/b\" is not a Python identifier"},
            new String[] {value("{'bytes':'ab\\u00ff\\u20ac'}"), "/main/0/value/bytes",
                "a bytes literal holds characters U+0000 to U+00FF, one per byte; got U+20AC at index 3"},
            new String[] {value("{'bytes':'\\ud83d\\ude00'}"), "/main/0/value/bytes", "got U+1F600 at index 0"},
            new String[] {value("{'call':{'name':'f'},'kwargs':{'k':1}}"), "/main/0/value/kwargs/k", "expected an expression"},
            new String[] {value("{'set':[]}"), "/main/0/value/set", "a set display has at least one item"},
            new String[] {value("{'tuple':{'const':1}}"), "/main/0/value/tuple", "expected an array"},
            new String[] {value("{'binop':'/','left':{'const':1},'right':{'const':2}}"), "/main/0/value/binop",
                "unknown operator \"/\"; one of +, -, *"},
            new String[] {value("{'compare':'in','left':{'const':1},'right':{'const':2}}"), "/main/0/value/compare",
                "unknown operator \"in\"; one of ==, !=, <, <=, >, >=, is, is not"},
            new String[] {value("{'binop':'+','left':{'const':1}}"), "/main/0/value", "missing \"right\" in a 'binop' expression"},
            new String[] {value("{'not':{'not':{'list':[{'const':{}}]}}}"), "/main/0/value/not/not/list/0/const", "a constant is"});

    @ParameterizedTest
    @FieldSource("FAULTS")
    void aFaultIsReportedWithItsPointer(String json, String pointer, String fragment) {
        ProgramFormatException e = assertThrows(ProgramFormatException.class, () -> ProgramJson.read(json.replace('\'', '"')));
        assertEquals(pointer, e.pointer(), e.getMessage());
        if (pointer != null) {
            assertTrue(e.getMessage().startsWith("at " + (pointer.isEmpty() ? "(root)" : pointer) + ": "), e.getMessage());
        }
        assertTrue(e.getMessage().contains(fragment), () -> "message \"" + e.getMessage() + "\" lacks \"" + fragment + "\"");
    }

    @Test
    void writingChecksTheRulesOfTheLanguage() {
        Program awaitInMain = new Program("", List.of(), List.of(),
                List.of(new Stmt.Pass(), new Stmt.Await(null, name("x"))));
        ProgramFormatException e = assertThrows(ProgramFormatException.class, () -> ProgramJson.write(awaitInMain));
        assertEquals("at /main/1: 'await' is only allowed inside 'async def'", e.getMessage());

        Program nanConstant = new Program("", List.of(), List.of(), List.of(expr(c(Double.NaN))));
        e = assertThrows(ProgramFormatException.class, () -> ProgramJson.toJson(nanConstant));
        assertEquals("at /main/0/value/const: number NaN is not a finite 64-bit float", e.getMessage());

        Program nullName = new Program("", List.of(), List.of(), List.of(expr(new Expr.Name(null))));
        e = assertThrows(ProgramFormatException.class, () -> ProgramJson.toJson(nullName));
        assertEquals("at /main/0/value/name: expected a string, got null", e.getMessage());
    }

    @Test
    void aProgramFormatExceptionIsAnIllegalArgumentException() {
        ProgramFormatException e = new ProgramFormatException("line 3: bad");
        assertInstanceOf(IllegalArgumentException.class, e);
        assertEquals("line 3: bad", e.getMessage());
        assertEquals(null, e.pointer());
        assertFalse(ProgramFormatException.at("", "x").getMessage().isEmpty());
    }

    private static String doc(String json) {
        String text = json.startsWith("[") ? "{'format':'asyncio-tck-program/1','main':" + json + "}" : json;
        return text.replace('\'', '"');
    }

    private static String fn(String functions) {
        return "{'format':'asyncio-tck-program/1','functions':[" + functions + "],'main':[]}";
    }

    private static String main(String statement) {
        return "{'format':'asyncio-tck-program/1','main':[" + statement + "]}";
    }

    private static String value(String expression) {
        return main("{'op':'expr','value':" + expression + "}");
    }
}
