package dev.asynciotck.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.asynciotck.json.StrictJson;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class TraceJsonTest {

    static Stream<Trace> traces() {
        return TraceSamples.all().stream();
    }

    static Stream<TraceValue> values() {
        return TraceSamples.values().stream();
    }

    @ParameterizedTest
    @MethodSource("traces")
    void aTraceSurvivesWritingAndReading(Trace trace) {
        String json = TraceJson.write(trace);
        assertEquals(trace, TraceJson.read(json));
        assertEquals(trace, TraceJson.read(TraceJson.toJson(trace)));
        assertEquals(json, TraceJson.write(TraceJson.read(json)), "writing is stable");
    }

    @ParameterizedTest
    @MethodSource("values")
    void aValueSurvivesWritingAndReading(TraceValue value) {
        JsonNode json = TraceJson.valueToJson(value);
        assertEquals(value, TraceJson.valueFromJson(json));
        assertEquals(value, TraceJson.valueFromJson(parse(StrictJson.compact(json))), "through text");
    }

    @Test
    void theLanguageExampleReadsAsDocumented() {
        Trace read = TraceJson.read(json("{'format': 'asyncio-tck-trace/1',"
                + " 'events': [{'label': 'a'}, {'label': 'result', 'value': [1, {'tuple': [2, 3]}], 'time': 0.0012},"
                + "            {'kind': 'handler', 'value': {'error': 'ValueError', 'message': 'boom'}}],"
                + " 'raised': {'error': 'RuntimeError', 'message': 'Event loop is closed'}}"));
        assertEquals(TraceSamples.languageExample(), read);
        assertEquals("""
                {
                  "format": "asyncio-tck-trace/1",
                  "events": [
                    {"label": "a"},
                    {"label": "result", "value": [1, {"tuple": [2, 3]}], "time": 0.0012},
                    {"kind": "handler", "value": {"error": "ValueError", "message": "boom"}}
                  ],
                  "raised": {"error": "RuntimeError", "message": "Event loop is closed"}
                }
                """, TraceJson.write(read));
    }

    @Test
    void anIntAndAFloatOfTheSameValueStayDistinct() {
        TraceValue one = TraceJson.valueFromJson(parse("1"));
        TraceValue oneDotZero = TraceJson.valueFromJson(parse("1.0"));
        assertEquals(new TraceValue.Int(1), one);
        assertEquals(new TraceValue.Float(1.0), oneDotZero);
        assertEquals(new TraceValue.Float(100.0), TraceJson.valueFromJson(parse("1e2")));
        assertNotEquals(one, oneDotZero);
        assertEquals("1.0", StrictJson.compact(TraceJson.valueToJson(new TraceValue.Float(1.0))));
        assertEquals("1", StrictJson.compact(TraceJson.valueToJson(new TraceValue.Int(1))));
        assertEquals("-0.0", StrictJson.compact(TraceJson.valueToJson(new TraceValue.Float(-0.0))));
    }

    @Test
    void nonFiniteFloatsAreObjects() {
        assertEquals("{\"float\":\"nan\"}", StrictJson.compact(TraceJson.valueToJson(new TraceValue.Float(Double.NaN))));
        assertEquals("{\"float\":\"-inf\"}",
                StrictJson.compact(TraceJson.valueToJson(new TraceValue.Float(Double.NEGATIVE_INFINITY))));
        assertEquals(new TraceValue.Float(Double.POSITIVE_INFINITY), TraceJson.valueFromJson(parse("{\"float\": \"inf\"}")));
    }

    @Test
    void noValueAndNoneAreDistinctAndTheDefaultsAreLeftOut() {
        Trace trace = new Trace(List.of(Event.record("x"), Event.record("x", TraceValue.NONE)), null);
        assertEquals("{\"format\":\"asyncio-tck-trace/1\",\"events\":[{\"label\":\"x\"},{\"label\":\"x\",\"value\":null}]}",
                StrictJson.compact(TraceJson.toJson(trace)));
        assertEquals(trace, TraceJson.read(TraceJson.write(trace)));
    }

    @Test
    void aSetIsReadInAnyOrder() {
        assertEquals(TraceJson.valueFromJson(parse("{\"set\": [1, \"a\", 2]}")),
                TraceJson.valueFromJson(parse("{\"set\": [2, 1, \"a\"]}")));
    }

    @Test
    void theTimeMayBeWrittenAsAnInteger() {
        Trace trace = TraceJson.read(json("{'format':'asyncio-tck-trace/1','events':[{'label':'a','time':2}]}"));
        assertEquals(2.0, trace.events().get(0).time());
    }

    /** Documents that are not traces, the pointer each error must name, and a fragment of its message. */
    static final List<String[]> FAULTS = List.of(
            new String[] {"", "not JSON: the document is empty"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[],'events':[]}", "not JSON: Duplicate field 'events' (line 1, column"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[NaN]}", "not JSON"},
            new String[] {"3", "at (root): expected a trace (an object), got 3"},
            new String[] {"{'events':[]}", "at (root): missing \"format\""},
            new String[] {"{'format':'asyncio-tck-program/1','events':[]}",
                "at /format: expected \"asyncio-tck-trace/1\", got \"asyncio-tck-program/1\""},
            new String[] {"{'format':'asyncio-tck-trace/1'}", "at (root): missing \"events\""},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[],'outcome':1}", "at (root): unknown key \"outcome\" in a trace"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':{}}", "at /events: expected an array of events"},
            new String[] {events("'a'"), "at /events/0: expected an event (an object), got \"a\""},
            new String[] {events("{'label':'a','when':1}"), "at /events/0: unknown key \"when\" in an event"},
            new String[] {events("{'kind':'print','label':'a'}"), "at /events/0/kind: unknown event kind \"print\"; one of record, handler"},
            new String[] {events("{'label':'a'},{'value':1}"), "at /events/1: missing \"label\" in a record event"},
            new String[] {events("{'label':'!raised'}"), "at /events/0/label: a label does not start with '!'"},
            new String[] {events("{'label':7}"), "at /events/0/label: expected a string, got 7"},
            new String[] {events("{'label':'a','time':'soon'}"), "at /events/0/time: expected a finite number of seconds"},
            new String[] {value("{'tupel':[]}"), "at /events/0/value: unknown value {\"tupel\": …}; an object value has exactly one of "
                + "tuple, set, dict, bytes, error, ref, object, float"},
            new String[] {value("{'tuple':[],'set':[]}"), "at /events/0/value: ambiguous value {\"tuple\": …, \"set\": …}"},
            new String[] {value("{'tuple':{}}"), "at /events/0/value/tuple: expected an array of values"},
            new String[] {value("[1,{'set':[1,2,1.0]}]"), "at /events/0/value/1/set/2: a set holds each item once; this one equals item 0"},
            new String[] {value("{'set':[[1],[1.0]]}"), "at /events/0/value/set/1: a set holds each item once"},
            new String[] {value("{'error':'ValueError'}"), "at /events/0/value: missing \"message\" in an exception"},
            new String[] {value("{'error':'Value Error','message':''}"), "at /events/0/value/error: \"Value Error\" is not a Python type name"},
            new String[] {value("{'error':'E','message':'m','traceback':''}"), "at /events/0/value: unknown key \"traceback\" in an exception"},
            new String[] {value("{'ref':'t'}"), "at /events/0/value: missing \"type\" in a reference"},
            new String[] {value("{'ref':'t','type':'Thread'}"), "at /events/0/value/type: unknown reference type \"Thread\""},
            new String[] {value("{'ref':'','type':'Task'}"), "at /events/0/value/ref: a reference names its object"},
            new String[] {value("{'object':3}"), "at /events/0/value/object: expected a string, got 3"},
            new String[] {value("{'float':'NaN'}"), "at /events/0/value/float: expected \"nan\", \"inf\" or \"-inf\", got \"NaN\""},
            new String[] {value("99999999999999999999"), "at /events/0/value: integer 99999999999999999999 does not fit in 64 bits"},
            new String[] {value("1e999"), "at /events/0/value: number Infinity is not finite"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[],'raised':'boom'}", "at /raised: expected an exception"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[],'raised':{'ref':'t','type':'Task'}}", "at /raised: expected an exception"},
            new String[] {"{'format':'asyncio-tck-trace/1','events':[],'raised':{'error':'E'}}", "at /raised: missing \"message\""});

    @ParameterizedTest
    @FieldSource("FAULTS")
    void aFaultIsReportedWithItsPointer(String text, String expected) {
        TraceSyntaxException e = assertThrows(TraceSyntaxException.class, () -> TraceJson.read(json(text)));
        assertTrue(e.getMessage().startsWith(expected), () -> "message \"" + e.getMessage() + "\" does not start with \"" + expected + "\"");
    }

    @Test
    void aValueFaultIsReportedWithItsPointerInTheValue() {
        TraceSyntaxException e = assertThrows(TraceSyntaxException.class,
                () -> TraceJson.valueFromJson(parse("[1, {\"tuple\": [{\"ref\": \"t\", \"type\": \"Tusk\"}]}]")));
        assertTrue(e.getMessage().startsWith("at /1/tuple/0/type: unknown reference type \"Tusk\""), e.getMessage());
        e = assertThrows(TraceSyntaxException.class, () -> TraceJson.valueFromJson(null));
        assertEquals("at (root): expected a value, got nothing", e.getMessage());
    }

    @Test
    void writingRefusesWhatReadingWouldRefuse() {
        TraceSyntaxException e = assertThrows(TraceSyntaxException.class,
                () -> TraceJson.write(new Trace(List.of(Event.record("ok"), Event.record("!handler")), null)));
        assertEquals("at /events/1/label: a label does not start with '!', got \"!handler\"", e.getMessage());
        e = assertThrows(TraceSyntaxException.class,
                () -> TraceJson.toJson(new Trace(List.of(new Event(Event.Kind.RECORD, "a", null, Double.NaN)), null)));
        assertEquals("at /events/0/time: expected a finite number of seconds, got NaN", e.getMessage());
        e = assertThrows(TraceSyntaxException.class, () -> TraceJson.valueToJson(
                new TraceValue.PyList(List.of(new TraceValue.Ref("Thread", "th")))));
        assertTrue(e.getMessage().startsWith("at /0/type: unknown reference type \"Thread\""), e.getMessage());
        e = assertThrows(TraceSyntaxException.class, () -> TraceJson.valueToJson(
                new TraceValue.PySet(List.of(new TraceValue.Int(1), new TraceValue.Float(1.0)))));
        assertTrue(e.getMessage().contains("a set holds each item once"), e.getMessage());
    }

    private static JsonNode parse(String text) {
        return StrictJson.parse(text, IllegalStateException::new);
    }

    private static String json(String text) {
        return text.replace('\'', '"');
    }

    private static String events(String events) {
        return "{'format':'asyncio-tck-trace/1','events':[" + events + "]}";
    }

    private static String value(String value) {
        return events("{'label':'v','value':" + value + "}");
    }
}
