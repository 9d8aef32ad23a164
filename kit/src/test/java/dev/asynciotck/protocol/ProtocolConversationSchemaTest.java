package dev.asynciotck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocol schema check: every message of a real conversation between the kit and the real
 * Python driver ({@code tck_driver.py --loop asyncio}) is valid against the published JSON Schemas
 * of the driver protocol ({@code spec/schema/protocol}, read from the spec jar, their {@code $ref}s
 * to each other and to the program and trace schemas resolved by {@code $id}). The kit's messages
 * are checked before they are sent, the driver's lines as they arrive; hand-written invalid
 * messages are rejected, so the check cannot pass vacuously.
 */
class ProtocolConversationSchemaTest {

    /** How long the test waits for one line or for the driver's exit, so a broken driver cannot hang the build. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final String SCHEMA_RESOURCES = "asynciotck/schema/";
    private static final List<String> SCHEMA_FILES = List.of("program.schema.json", "trace.schema.json",
            "protocol/hello-driver.schema.json", "protocol/hello-kit.schema.json", "protocol/run.schema.json",
            "protocol/batch.schema.json", "protocol/result.schema.json", "protocol/error.schema.json",
            "protocol/bye.schema.json");
    /** The {@code $id} of each schema file. */
    private static final Map<String, String> IDS = ids();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mappings(classpathLocations())));

    private static final JsonSchema DRIVER_HELLO = schema("protocol/hello-driver.schema.json");
    private static final JsonSchema RESULT = schema("protocol/result.schema.json");
    private static final JsonSchema ERROR = schema("protocol/error.schema.json");
    /** The schema of each kit message, by its type. */
    private static final Map<String, JsonSchema> KIT_MESSAGES = Map.of(
            "hello", schema("protocol/hello-kit.schema.json"),
            "run", schema("protocol/run.schema.json"),
            "batch", schema("protocol/batch.schema.json"),
            "bye", schema("protocol/bye.schema.json"));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String RECORD_HI = "{'format':'asyncio-tck-program/1','main':[{'op':'expr',"
            + "'value':{'call':{'name':'record'},'args':[{'const':'hi'}]}}]}";
    /** Not in the scenario language: {@code lop} is not defined. */
    private static final String UNDEFINED_NAME = "{'format':'asyncio-tck-program/1','main':[{'op':'expr',"
            + "'value':{'call':{'name':'record'},'args':[{'const':'a'},{'name':'lop'}]}}]}";
    /** Values of every shape, a task, a handler event and a raising main, as the kit's codec writes it. */
    private static final String RICH_PROGRAM_TEXT = """
            async def child(n):
                await asyncio.sleep(0)
                return [n, (2,), {3}, None, 0.5]

            def boom():
                raise ValueError("boom")

            t = loop.create_task(child(1), name="child")
            loop.call_soon(boom)
            loop.run_until_complete(t)
            record("result", t.result())
            record("task", t)
            loop.close()
            loop.call_soon(loop.stop)
            """;

    @Test
    void everyMessageOfARealConversationIsValidAgainstTheProtocolSchemas(@TempDir Path tmp) throws Exception {
        Path script = PythonDriverFiles.script();
        try (Conversation driver = new Conversation(List.of(TestPython.INTERPRETER, script.toString(), "--loop",
                "asyncio"), script.getParent(), tmp.resolve("driver-stderr.txt"))) {
            JsonNode hello = driver.receive();
            assertNotNull(hello, () -> "the driver wrote no hello" + driver.stderr());
            assertValid("the driver's hello", DRIVER_HELLO, hello);
            assertEquals(1, hello.get("protocol").intValue(), StrictJson.compact(hello));
            assertTrue(texts(hello.get("capabilities")).contains("parallel-runs"),
                    "the Python driver offers parallel-runs: " + StrictJson.compact(hello));

            List<String> runIds = new ArrayList<>();
            Map<String, JsonNode> results = new LinkedHashMap<>();
            List<JsonNode> errors = new ArrayList<>();

            driver.send(kitMessage(JSON.objectNode().put("type", "hello").put("protocol", 1)));

            ObjectNode run = runItem("one", program(RECORD_HI)).put("type", "run");
            runIds.add("one");
            List<JsonNode> answers = driver.exchange(kitMessage(run), 1);
            assertEquals(List.of("one"), ids(answers));

            ArrayNode sequential = JSON.arrayNode();
            for (String id : List.of("seq-1", "seq-2", "seq-3")) {
                sequential.add(runItem(id, id.equals("seq-2") ? richProgram() : numbered(id)));
                runIds.add(id);
            }
            answers.addAll(driver.exchange(kitMessage(JSON.objectNode().put("type", "batch").set("runs", sequential)), 3));
            assertEquals(List.of("one", "seq-1", "seq-2", "seq-3"), ids(answers), "a batch is answered in batch order");

            ArrayNode parallel = JSON.arrayNode();
            for (String id : List.of("par-1", "par-2", "par-3", "par-4")) {
                parallel.add(runItem(id, numbered(id)));
                runIds.add(id);
            }
            ObjectNode parallelBatch = JSON.objectNode().put("type", "batch").put("parallel", 4);
            parallelBatch.set("runs", parallel);
            List<JsonNode> parallelAnswers = driver.exchange(kitMessage(parallelBatch), 4);
            assertEquals(Set.of("par-1", "par-2", "par-3", "par-4"), new HashSet<>(ids(parallelAnswers)),
                    "a parallel batch is answered once per run, in any order");
            answers.addAll(parallelAnswers);

            ObjectNode invalid = runItem("bad", program(UNDEFINED_NAME)).put("type", "run");
            runIds.add("bad");
            answers.addAll(driver.exchange(kitMessage(invalid), 1));

            String launch = "{\"type\":\"launch\"}";
            JsonNode notAKitMessage = StrictJson.parse(launch, IllegalStateException::new);
            KIT_MESSAGES.forEach((type, schema) -> assertFalse(schema.validate(notAKitMessage).isEmpty(),
                    () -> "the " + type + " schema accepts " + launch));
            driver.send(launch);
            answers.addAll(driver.answers(1));

            driver.send(kitMessage(JSON.objectNode().put("type", "bye")));
            JsonNode afterBye = driver.receive();
            assertNull(afterBye, () -> "the driver wrote after bye: " + StrictJson.compact(afterBye));
            assertEquals(0, driver.exitStatus(), () -> "the driver's exit status after bye" + driver.stderr());

            for (JsonNode answer : answers) {
                if (answer.get("type").textValue().equals("result")) {
                    JsonNode previous = results.put(answer.get("id").textValue(), answer);
                    assertNull(previous, () -> "two results for " + answer.get("id"));
                } else {
                    errors.add(answer);
                }
            }
            assertEquals(new HashSet<>(runIds), results.keySet(), "one result per run");
            assertEquals(9, results.size());
            assertEquals(1, errors.size(), () -> "one error, for the malformed line: " + errors);
            assertTrue(errors.get(0).get("message").textValue().contains("launch"), StrictJson.compact(errors.get(0)));
            results.forEach((id, result) -> assertTrue(result.has(id.equals("bad") ? "invalid" : "trace"),
                    () -> "a " + (id.equals("bad") ? "invalid" : "traced") + " result for " + id + ": "
                            + StrictJson.compact(result)));
            assertTrue(results.get("bad").get("invalid").textValue().contains("lop"),
                    StrictJson.compact(results.get("bad")));
            assertTrue(results.get("seq-2").get("trace").has("raised"), StrictJson.compact(results.get("seq-2")));
        }
    }

    static Stream<Arguments> invalidMessages() {
        String runItem = "{'id':'r1','budget':10,'program':" + RECORD_HI + "}";
        String run = "{'type':'run','id':'r1','budget':10,'program':" + RECORD_HI + "}";
        String batch = "{'type':'batch','parallel':4,'runs':[" + runItem + "]}";
        String trace = "{'format':'asyncio-tck-trace/1','events':[{'label':'hi'}]}";
        String hello = "{'type':'hello','protocol':1,'implementation':{'name':'asyncio','version':'3.11.2'},"
                + "'runtime':{'name':'cpython','version':'3.11.2'},'capabilities':['threads'],'clock_resolution':1e-09}";
        return Stream.of(
                invalid("a result with both trace and invalid", "protocol/result.schema.json",
                        "{'type':'result','id':'r1','trace':" + trace + "}",
                        "{'type':'result','id':'r1','trace':" + trace + ",'invalid':'at /main/0: no'}"),
                invalid("a result with neither trace, invalid nor timeout", "protocol/result.schema.json",
                        "{'type':'result','id':'r1','invalid':'at /main/0: no'}",
                        "{'type':'result','id':'r1'}"),
                invalid("a result whose trace breaks the trace schema", "protocol/result.schema.json",
                        "{'type':'result','id':'r1','trace':" + trace + "}",
                        "{'type':'result','id':'r1','trace':" + trace.replace("'label'", "'lable'") + "}"),
                invalid("a driver's hello without capabilities", "protocol/hello-driver.schema.json",
                        hello, hello.replace("'capabilities':['threads'],", "")),
                invalid("a driver's hello with an unknown capability", "protocol/hello-driver.schema.json",
                        hello, hello.replace("'threads'", "'telepathy'")),
                invalid("a driver's hello with a clock resolution of 0", "protocol/hello-driver.schema.json",
                        hello, hello.replace("1e-09", "0")),
                invalid("a batch with parallel 0", "protocol/batch.schema.json",
                        batch, batch.replace("'parallel':4", "'parallel':0")),
                invalid("a batch with parallel 257", "protocol/batch.schema.json",
                        batch, batch.replace("'parallel':4", "'parallel':257")),
                invalid("a batch whose run has a type", "protocol/batch.schema.json",
                        batch, batch.replace("{'id'", "{'type':'run','id'")),
                invalid("a batch whose run's program breaks the program schema", "protocol/batch.schema.json",
                        batch, batch.replace("program/1", "program/2")),
                invalid("a run with a negative budget", "protocol/run.schema.json",
                        run, run.replace("'budget':10", "'budget':-1")),
                invalid("a run with a budget of 0", "protocol/run.schema.json",
                        run, run.replace("'budget':10", "'budget':0")),
                invalid("a run whose program breaks the program schema", "protocol/run.schema.json",
                        run, run.replace("'op':'expr'", "'op':'goto'")),
                invalid("a kit's hello for protocol 0", "protocol/hello-kit.schema.json",
                        "{'type':'hello','protocol':1}", "{'type':'hello','protocol':0}"),
                invalid("an error without a message", "protocol/error.schema.json",
                        "{'type':'error','message':'no','id':'r1'}", "{'type':'error','message':'','id':'r1'}"),
                invalid("a bye with an unknown key", "protocol/bye.schema.json",
                        "{'type':'bye'}", "{'type':'bye','now':true}"));
    }

    /**
     * Each invalid message differs from a valid one by the fault it names: the valid one is
     * accepted, the invalid one rejected.
     */
    @ParameterizedTest
    @MethodSource("invalidMessages")
    void aMessageThatBreaksItsSchemaIsRejected(String schemaFile, String valid, String invalid) {
        JsonSchema schema = schema(schemaFile);
        assertValid("the valid counterpart", schema, json(valid));
        assertFalse(schema.validate(json(invalid)).isEmpty(), () -> schemaFile + " accepts " + invalid);
    }

    private static Arguments invalid(String what, String schemaFile, String valid, String invalid) {
        return Arguments.of(Named.of(what + " (" + schemaFile + ")", schemaFile), valid, invalid);
    }

    /** @return the kit message as one line, after checking it against the schema of its type */
    private static String kitMessage(JsonNode message) {
        JsonSchema schema = KIT_MESSAGES.get(message.get("type").textValue());
        assertNotNull(schema, () -> "no kit schema for " + StrictJson.compact(message));
        assertValid("the kit's " + message.get("type").textValue(), schema, message);
        return StrictJson.compact(message);
    }

    /** Checks a line of the driver after its hello: a result or an error. */
    private static void assertValidAnswer(JsonNode answer) {
        String type = answer.path("type").asText();
        switch (type) {
            case "result" -> assertValid("a result", RESULT, answer);
            case "error" -> assertValid("an error", ERROR, answer);
            default -> fail("the driver wrote neither a result nor an error: " + StrictJson.compact(answer));
        }
    }

    private static void assertValid(String what, JsonSchema schema, JsonNode message) {
        Set<ValidationMessage> problems = schema.validate(message);
        assertTrue(problems.isEmpty(), () -> what + " is invalid: " + problems + "\n" + StrictJson.compact(message));
    }

    private static ObjectNode runItem(String id, JsonNode program) {
        ObjectNode item = JSON.objectNode().put("id", id).put("budget", 10);
        item.set("program", program);
        return item;
    }

    private static JsonNode program(String singleQuoted) {
        return json(singleQuoted);
    }

    private static JsonNode richProgram() {
        return ProgramJson.toJson(ProgramText.parse(RICH_PROGRAM_TEXT));
    }

    /** A program that records its run's id after a turn of the loop. */
    private static JsonNode numbered(String id) {
        return ProgramJson.toJson(ProgramText.parse("loop.call_soon(record, \"run\", \"" + id + "\")\n"
                + "loop.call_soon(loop.stop)\nloop.run_forever()\n"));
    }

    private static List<String> ids(List<JsonNode> answers) {
        return answers.stream().map(a -> a.path("id").asText("(no id)")).toList();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static JsonNode json(String singleQuoted) {
        return StrictJson.parse(singleQuoted.replace('\'', '"'), IllegalStateException::new);
    }

    private static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(IDS.get(file)));
    }

    private static Map<String, String> ids() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String file : SCHEMA_FILES) {
            String path = SCHEMA_RESOURCES + file;
            try (InputStream in = ProtocolConversationSchemaTest.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("not on the classpath (the spec jar ships it): " + path);
                }
                JsonNode schema = StrictJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        problem -> new IllegalStateException(path + ": " + problem));
                String id = schema.path("$id").asText("");
                if (!id.startsWith("https://asyncio-tck.dev/schema/")) {
                    throw new IllegalStateException(path + " has no asyncio-tck $id: '" + id + "'");
                }
                ids.put(file, id);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
        }
        return ids;
    }

    /** @return where each {@code $id} is: its file in the spec jar, so no reference goes to the network */
    private static Map<String, String> classpathLocations() {
        Map<String, String> locations = new LinkedHashMap<>();
        IDS.forEach((file, id) -> locations.put(id, "classpath:" + SCHEMA_RESOURCES + file));
        return locations;
    }

    /**
     * A driver process and its lines: stdout is read on a thread into a queue, so every wait has
     * a time limit; stderr goes to a file, shown when something fails.
     */
    private static final class Conversation implements AutoCloseable {

        private final Process process;
        private final Writer stdin;
        private final Path stderr;
        /** The driver's lines; empty at the end of its output. */
        private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

        Conversation(List<String> command, Path directory, Path stderr) throws IOException {
            this.stderr = stderr;
            this.process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(stderr.toFile())).start();
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(this::readStdout, "driver-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private void readStdout() {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (!line.isBlank()) {
                        lines.add(Optional.of(line));
                    }
                }
            } catch (IOException e) {
                // the stream broke: the end of the output, as far as the test can tell
            } finally {
                lines.add(Optional.empty());
            }
        }

        void send(String line) throws IOException {
            stdin.write(line + "\n");
            stdin.flush();
        }

        /** @return the driver's next line as JSON, or null at the end of its output */
        JsonNode receive() throws InterruptedException {
            Optional<String> line = lines.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                fail("the driver wrote no line within " + PATIENCE + stderr());
            }
            if (line.isEmpty()) {
                return null;
            }
            try {
                return StrictJson.parse(line.get(), IllegalArgumentException::new);
            } catch (IllegalArgumentException e) {
                return fail("the driver wrote a line that is not JSON (" + e.getMessage() + "): " + line.get());
            }
        }

        /** Sends a request and returns its answers, each checked against its schema. */
        List<JsonNode> exchange(String request, int count) throws IOException, InterruptedException {
            send(request);
            return answers(count);
        }

        /** @return the driver's next {@code count} lines, each checked against its schema */
        List<JsonNode> answers(int count) throws InterruptedException {
            List<JsonNode> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                JsonNode answer = receive();
                assertNotNull(answer, () -> "the driver's output ended after " + answers.size() + " of " + count
                        + " answers" + stderr());
                assertValidAnswer(answer);
                answers.add(answer);
            }
            return answers;
        }

        int exitStatus() throws InterruptedException {
            if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("the driver did not exit within " + PATIENCE + stderr());
            }
            return process.exitValue();
        }

        String stderr() {
            try {
                String text = Files.readString(stderr, StandardCharsets.UTF_8);
                return text.isBlank() ? "" : "\n--- driver stderr ---\n" + text;
            } catch (IOException e) {
                return "\n(cannot read the driver's stderr: " + e + ")";
            }
        }

        @Override
        public void close() throws IOException {
            try {
                stdin.close();
            } catch (IOException e) {
                // the driver is gone already
            }
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
