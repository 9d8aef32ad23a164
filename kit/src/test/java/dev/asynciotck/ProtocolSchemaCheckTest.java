package dev.asynciotck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramFormatException;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramSamples;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceJson;
import dev.asynciotck.trace.TraceSamples;
import dev.asynciotck.trace.TraceSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema check: what the codecs write is valid against the published JSON Schemas (loaded
 * from the classpath, where the spec jar ships them), and malformed documents are rejected by
 * both the schemas and the codecs.
 */
class ProtocolSchemaCheckTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema PROGRAM_SCHEMA = FACTORY.getSchema(resource("program.schema.json"));
    private static final JsonSchema TRACE_SCHEMA = FACTORY.getSchema(resource("trace.schema.json"));

    @ParameterizedTest
    @ValueSource(strings = {"program.schema.json", "trace.schema.json"})
    void theSchemasAreValidDraft202012Schemas(String file) {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        JsonNode schema = resource(file);
        assertEquals(Set.of(), meta.validate(schema));
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").textValue());
        assertTrue(schema.get("$id").textValue().startsWith("https://asyncio-tck.dev/schema/"));
    }

    static Stream<Program> programs() {
        return ProgramSamples.all().stream();
    }

    static Stream<Trace> traces() {
        return TraceSamples.all().stream();
    }

    @ParameterizedTest
    @MethodSource("programs")
    void whatTheProgramCodecWritesIsValid(Program program) {
        assertValid(PROGRAM_SCHEMA, StrictJson.parse(ProgramJson.write(program), IllegalStateException::new));
    }

    @ParameterizedTest
    @MethodSource("traces")
    void whatTheTraceCodecWritesIsValid(Trace trace) {
        assertValid(TRACE_SCHEMA, StrictJson.parse(TraceJson.write(trace), IllegalStateException::new));
    }

    @Test
    void theSampleProgramsUseEveryStatementAndExpressionKind() {
        Set<String> ops = new TreeSet<>();
        Set<String> expressions = new TreeSet<>();
        for (Program p : ProgramSamples.all()) {
            collectProgramKinds(ProgramJson.toJson(p), ops, expressions);
        }
        assertEquals(new TreeSet<>(List.of("expr", "assign", "await", "return", "raise", "pass", "try", "if", "for",
                "while", "break", "continue", "setitem", "setattr")), ops);
        assertEquals(new TreeSet<>(List.of("const", "bytes", "name", "attr", "call", "list", "tuple", "set", "dict", "subscript", "binop",
                "compare", "not")),
                expressions);
    }

    @Test
    void theSampleTracesUseEveryValueKind() {
        Set<String> kinds = new TreeSet<>();
        for (Trace t : TraceSamples.all()) {
            JsonNode json = TraceJson.toJson(t);
            json.get("events").forEach(e -> {
                kinds.add("event:" + (e.has("kind") ? e.get("kind").textValue() : "record"));
                if (e.has("value")) {
                    collectValueKinds(e.get("value"), kinds);
                }
            });
            if (json.has("raised")) {
                kinds.add("raised");
            }
        }
        assertEquals(new TreeSet<>(List.of("event:record", "event:handler", "raised", "null", "boolean", "int", "float",
                "string", "list", "tuple", "set", "dict", "bytes", "error", "ref", "object", "nonfinite")), kinds);
    }

    /** Programs that both the schema and the codec must reject. */
    static final List<String> BAD_PROGRAMS = List.of(
            "{'main':[]}",
            "{'format':'asyncio-tck-program/2','main':[]}",
            "{'format':'asyncio-tck-program/1'}",
            "{'format':'asyncio-tck-program/1','main':[],'comment':'x'}",
            main("{'op':'await','value':{'name':'x'}}"),
            main("{'op':'return'}"),
            main("{'op':'goto'}"),
            main("{'op':'pass','value':{'const':1}}"),
            main("{'op':'assign','target':'not','value':{'const':1}}"),
            main("{'op':'try','body':[{'op':'pass'}]}"),
            main("{'op':'try','body':[{'op':'pass'}],'handlers':[],'finally':[]}"),
            main("{'op':'try','body':[],'finally':[{'op':'pass'}]}"),
            main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':['asyncio.None'],'body':[{'op':'pass'}]}]}"),
            function("{'def':'f','body':[{'op':'await','value':{'name':'x'}}]}"),
            function("{'def':'f','async':false,'body':[{'op':'try','body':[{'op':'await','value':{'name':'x'}}],"
                    + "'finally':[{'op':'pass'}]}]}"),
            function("{'def':'f','async':true,'body':[]}"),
            function("{'def':'f','params':['a','a'],'body':[{'op':'pass'}]}"),
            function("{'def':'2f','body':[{'op':'pass'}]}"),
            expression("{'cal':{'name':'f'}}"),
            expression("{'name':'x','const':1}"),
            expression("{'const':[1]}"),
            expression("{'set':[]}"),
            expression("{'binop':'/','left':{'const':1},'right':{'const':2}}"),
            expression("{'compare':'in','left':{'const':1},'right':{'const':2}}"),
            expression("{'call':{'name':'f'},'kwargs':{'1k':{'const':1}}}"),
            expression("{'attr':'x'}"),
            expression("{'name':'True'}"));

    @ParameterizedTest
    @FieldSource("BAD_PROGRAMS")
    void aMalformedProgramIsRejectedByTheSchemaAndTheCodec(String text) {
        JsonNode json = StrictJson.parse(text.replace('\'', '"'), IllegalStateException::new);
        assertFalse(PROGRAM_SCHEMA.validate(json).isEmpty(), "the schema accepted " + text);
        assertThrows(ProgramFormatException.class, () -> ProgramJson.read(json));
    }

    /** Traces that both the schema and the codec must reject. */
    static final List<String> BAD_TRACES = List.of(
            "{'events':[]}",
            "{'format':'asyncio-tck-trace/1'}",
            "{'format':'asyncio-tck-trace/1','events':[],'raised':{'error':'E'}}",
            "{'format':'asyncio-tck-trace/1','events':[],'raised':[]}",
            events("{'value':1}"),
            events("{'label':'!x'}"),
            events("{'kind':'print','label':'x'}"),
            events("{'label':'x','time':'0'}"),
            events("{'label':'x','note':1}"),
            traceValue("{'tupel':[]}"),
            traceValue("{'tuple':[],'set':[]}"),
            traceValue("{'set':[1,2,1]}"),
            traceValue("{'ref':'t','type':'Thread'}"),
            traceValue("{'ref':'','type':'Task'}"),
            traceValue("{'ref':'t'}"),
            traceValue("{'error':'Value Error','message':''}"),
            traceValue("{'object':''}"),
            traceValue("{'float':'NaN'}"));

    @ParameterizedTest
    @FieldSource("BAD_TRACES")
    void aMalformedTraceIsRejectedByTheSchemaAndTheCodec(String text) {
        JsonNode json = StrictJson.parse(text.replace('\'', '"'), IllegalStateException::new);
        assertFalse(TRACE_SCHEMA.validate(json).isEmpty(), "the schema accepted " + text);
        assertThrows(TraceSyntaxException.class, () -> TraceJson.read(json));
    }

    /**
     * Rules that JSON Schema cannot state: the codec checks them, the schema does not (its
     * description says so). If the schema learns one, move the document to BAD_PROGRAMS.
     */
    static final List<String> CODEC_ONLY_FAULTS = List.of(
            "{'format':'asyncio-tck-program/1','functions':[{'def':'f','body':[{'op':'pass'}]},"
                    + "{'def':'f','body':[{'op':'pass'}]}],'main':[]}",
            main("{'op':'try','body':[{'op':'pass'}],'handlers':[{'types':[],'body':[{'op':'pass'}]},"
                    + "{'types':['E'],'body':[{'op':'pass'}]}]}"),
            expression("{'const':123456789012345678901234567890}"));

    @ParameterizedTest
    @FieldSource("CODEC_ONLY_FAULTS")
    void someFaultsAreCaughtByTheCodecOnly(String text) {
        JsonNode json = StrictJson.parse(text.replace('\'', '"'), IllegalStateException::new);
        assertEquals(Set.of(), PROGRAM_SCHEMA.validate(json));
        assertThrows(ProgramFormatException.class, () -> ProgramJson.read(json));
    }

    private static void assertValid(JsonSchema schema, JsonNode json) {
        Set<ValidationMessage> messages = schema.validate(json);
        assertTrue(messages.isEmpty(), () -> "invalid: " + messages + "\n" + StrictJson.compact(json));
    }

    private static void collectProgramKinds(JsonNode program, Set<String> ops, Set<String> expressions) {
        program.get("functions").forEach(f -> collectBlockKinds(f.get("body"), ops, expressions));
        collectBlockKinds(program.get("main"), ops, expressions);
    }

    private static void collectBlockKinds(JsonNode block, Set<String> ops, Set<String> expressions) {
        for (JsonNode statement : block) {
            ops.add(statement.get("op").textValue());
            if (statement.has("value")) {
                collectExpressionKinds(statement.get("value"), expressions);
            }
            if (statement.has("body")) {
                collectBlockKinds(statement.get("body"), ops, expressions);
            }
            if (statement.has("handlers")) {
                statement.get("handlers").forEach(h -> collectBlockKinds(h.get("body"), ops, expressions));
            }
            if (statement.has("finally")) {
                collectBlockKinds(statement.get("finally"), ops, expressions);
            }
        }
    }

    private static void collectExpressionKinds(JsonNode expression, Set<String> kinds) {
        String kind = expression.properties().iterator().next().getKey();
        kinds.add(kind);
        for (String operand : List.of("of", "call", "left", "right", "not", "subscript", "index")) {
            if (expression.has(operand)) {
                collectExpressionKinds(expression.get(operand), kinds);
            }
        }
        for (String items : List.of("args", "list", "tuple", "set")) {
            if (expression.has(items)) {
                expression.get(items).forEach(item -> collectExpressionKinds(item, kinds));
            }
        }
        if (expression.has("kwargs")) {
            expression.get("kwargs").forEach(item -> collectExpressionKinds(item, kinds));
        }
        if (expression.has("dict")) {
            expression.get("dict").forEach(pair -> pair.forEach(item -> collectExpressionKinds(item, kinds)));
        }
    }

    private static void collectValueKinds(JsonNode value, Set<String> kinds) {
        if (value.isNull()) {
            kinds.add("null");
        } else if (value.isBoolean()) {
            kinds.add("boolean");
        } else if (value.isIntegralNumber()) {
            kinds.add("int");
        } else if (value.isNumber()) {
            kinds.add("float");
        } else if (value.isTextual()) {
            kinds.add("string");
        } else if (value.isArray()) {
            kinds.add("list");
            value.forEach(item -> collectValueKinds(item, kinds));
        } else {
            String kind = value.properties().iterator().next().getKey();
            kinds.add(kind.equals("float") ? "nonfinite" : kind);
            if (kind.equals("tuple") || kind.equals("set")) {
                value.get(kind).forEach(item -> collectValueKinds(item, kinds));
            }
            if (kind.equals("dict")) {
                value.get(kind).forEach(pair -> pair.forEach(item -> collectValueKinds(item, kinds)));
            }
        }
    }

    private static JsonNode resource(String file) {
        String path = "/asynciotck/schema/" + file;
        try (InputStream in = ProtocolSchemaCheckTest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return StrictJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), IllegalStateException::new);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    private static String main(String statement) {
        return "{'format':'asyncio-tck-program/1','main':[" + statement + "]}";
    }

    private static String function(String def) {
        return "{'format':'asyncio-tck-program/1','functions':[" + def + "],'main':[]}";
    }

    private static String expression(String expression) {
        return main("{'op':'expr','value':" + expression + "}");
    }

    private static String traceValue(String value) {
        return events("{'label':'v','value':" + value + "}");
    }

    private static String events(String events) {
        return "{'format':'asyncio-tck-trace/1','events':[" + events + "]}";
    }
}
