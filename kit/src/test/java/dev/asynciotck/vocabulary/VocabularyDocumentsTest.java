package dev.asynciotck.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents agree with the vocabulary: {@code spec/language.md}'s tables of names are generated
 * from it (between the markers below), and the trace schema's reference types are its kinds. To
 * regenerate the tables after editing the vocabulary:
 * {@code mvn -pl kit test -Dtest=VocabularyDocumentsTest -Dvocabulary.regenerate=true}.
 */
class VocabularyDocumentsTest {

    static final String START = "<!-- generated from vocabulary.json (kit's VocabularyDocumentsTest): edit the vocabulary, not this table -->";
    static final String END = "<!-- end of the tables generated from vocabulary.json -->";

    private static final Path SPEC = Path.of("../spec");
    private static final Vocabulary VOCABULARY = Vocabulary.load();

    @Test
    void languageMdShowsTheVocabularysTables() throws IOException {
        Path file = SPEC.resolve("language.md");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertTrue(start >= 0 && end > start, file + " has no block between the markers " + START + " and " + END);
        String want = START + "\n" + tables(VOCABULARY) + END;
        String got = text.substring(start, end + END.length());
        if (!want.equals(got) && Boolean.getBoolean("vocabulary.regenerate")) {
            Files.writeString(file, text.substring(0, start) + want + text.substring(end + END.length()), StandardCharsets.UTF_8);
            return;
        }
        assertEquals(want, got, file + ": the tables differ from vocabulary.json; regenerate them with "
                + "mvn -pl kit test -Dtest=VocabularyDocumentsTest -Dvocabulary.regenerate=true");
    }

    @Test
    void theTraceSchemasReferenceTypesAreTheKinds() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SPEC.resolve("schema/trace.schema.json").toFile());
        Set<String> types = new TreeSet<>();
        schema.findValues("type").stream().filter(n -> n.has("enum")).findFirst()
                .ifPresent(n -> n.get("enum").forEach(t -> types.add(t.asText())));
        assertEquals(VOCABULARY.kinds().stream().map(ObjectKind::name).collect(Collectors.toCollection(TreeSet::new)), types,
                "trace.schema.json's reference types (\"type\": {\"enum\": ...}) differ from the vocabulary's kinds");
    }

    /** @return the Markdown of the builtins, the asyncio module, the exceptions and the methods */
    static String tables(Vocabulary v) {
        StringBuilder out = new StringBuilder();
        out.append("| name | meaning |\n|---|---|\n");
        for (LanguageName n : v.builtins()) {
            if (n.is(LanguageName.KIT)) {
                out.append("| ").append(code(n.signature())).append(" | ").append(n.doc()).append(" |\n");
            }
        }
        out.append("| ").append(v.builtins().stream().filter(n -> n.is(LanguageName.PYTHON)).map(n -> code(n.name()))
                .collect(Collectors.joining(", "))).append(" | as in Python |\n");
        out.append("| ").append(v.exceptions().stream().map(t -> code(t.name())).collect(Collectors.joining(", ")))
                .append(" | exception types (below): call one to make an exception (`ValueError(\"boom\")`), "
                        + "name one in `except` |\n");
        out.append("\nThe module `asyncio` has:\n\n| name | is |\n|---|---|\n");
        for (LanguageName n : v.asyncio()) {
            out.append("| ").append(code("asyncio." + n.signature())).append(returns(n)).append(" | ").append(n.role())
                    .append(versions(n)).append(" |\n");
        }
        out.append("\nThe exception types, with their base classes:\n\n| type | base | defined in |\n|---|---|---|\n");
        for (ExceptionType t : v.exceptions()) {
            out.append("| ").append(code(t.name())).append(" | ").append(t.base() == null ? "" : code(t.base()))
                    .append(" | ").append(t.module()).append(" |\n");
        }
        out.append("\nMethods a program may call:\n\n| on | methods |\n|---|---|\n");
        for (ObjectKind k : v.kinds()) {
            List<LanguageName> own = k.methods();
            String inherited = "";
            if (k.parent() != null) {
                ObjectKind parent = v.kind(k.parent()).orElseThrow();
                own = own.subList(parent.methods().size(), own.size());
                inherited = parent.what().replaceFirst("^(a|an|the) ", "") + "'s methods, plus ";
                inherited = (parent.what().startsWith("an ") ? "an " : "a ") + inherited;
            }
            String methods = own.stream().map(n -> code(n.signature()) + returns(n) + versions(n))
                    .collect(Collectors.joining(", "));
            out.append("| ").append(k.what()).append(" | ")
                    .append(own.isEmpty() && inherited.isEmpty() ? "none" : inherited + methods).append(" |\n");
        }
        return out.toString();
    }

    private static String returns(LanguageName n) {
        return (n.returns() == null ? "" : " → " + n.returns() + (n.none() == null ? "" : " (None " + n.none() + ")"))
                + (n.asyncForGives() == null ? "" : ", async for over it gives " + n.asyncForGives() + "s")
                + (n.awaitGives() == null ? "" : ", awaiting it gives " + (n.awaitGives().tuple() ? "" : "a ") + n.awaitGives().describe());
    }

    private static String versions(LanguageName n) {
        String all = Vocabulary.ALL_VERSIONS;
        String range = n.python().toString();
        return (range.equals(all) ? "" : " (" + range + ")") + (n.note().isEmpty() ? "" : " (" + n.note() + ")");
    }

    private static String code(String text) {
        return "`" + text + "`";
    }
}
