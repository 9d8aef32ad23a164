package dev.asynciotck.expectations;

import dev.asynciotck.clause.ClauseCatalog;
import dev.asynciotck.clause.UnknownClauseException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an expectations file (YAML, {@code spec/expectations.md}):
 *
 * <pre>
 * loop: python:uvloop              # optional: the loop the file is for
 * expected-failures:
 *   - clause: LOOP-STOP-2
 *     reason: stop() takes effect one loop iteration later
 *     link: https://github.com/MagicStack/uvloop/issues/...   # optional
 *     probe: probes/loop-stop-2.py   # optional: the script that shows it, next to the file
 *   - check: call_soon is FIFO    # a scenario's or a property's name
 *     reason: ...
 * </pre>
 *
 * Every problem (not YAML, an unknown key, an entry naming no known clause, a missing reason, a
 * clause or check listed twice) is an {@link ExpectationsException} naming the file and line.
 */
public final class ExpectationsFile {

    private static final Set<String> TOP_KEYS = Set.of("loop", "expected-failures");
    private static final Set<String> ENTRY_KEYS = Set.of("clause", "check", "reason", "link", "probe");

    private ExpectationsFile() {
    }

    /**
     * @param file    the file
     * @param catalog the clauses entries may name
     * @return its expectations
     * @throws ExpectationsException if it cannot be read or is not a valid expectations file
     */
    public static Expectations read(Path file, ClauseCatalog catalog) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExpectationsException("cannot read the expectations file " + file + ": " + e);
        }
        Expectations expectations = parse(text, file.toString(), catalog);
        Path folder = file.toAbsolutePath().getParent();
        for (Expectation e : expectations.entries()) {
            if (e.probe() != null && !Files.isRegularFile(folder.resolve(e.probe()))) {
                throw new ExpectationsException(e.location() + ": the probe " + e.probe() + " is not a file (its path is "
                        + "taken from the folder of " + file.getFileName() + ")");
            }
        }
        return expectations;
    }

    /**
     * @param text    the file's text
     * @param source  its name, for messages
     * @param catalog the clauses entries may name
     * @return its expectations
     * @throws ExpectationsException if it is not a valid expectations file
     */
    public static Expectations parse(String text, String source, ClauseCatalog catalog) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root;
        try {
            root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new ExpectationsException(at(source, mark) + ": not valid YAML: "
                    + (e.getProblem() != null ? e.getProblem() : e.getMessage()));
        } catch (YAMLException e) {
            throw new ExpectationsException(source + ": not valid YAML: " + e.getMessage());
        }
        if (root == null) {
            throw new ExpectationsException(source + ": the file is empty; an expectations file has "
                    + "\"expected-failures:\" with a list of entries (see spec/expectations.md)");
        }
        Map<String, Node> top = mapping(root, source, TOP_KEYS, "the file");
        String loop = top.containsKey("loop") ? scalar(top.get("loop"), source, "loop") : null;
        Node list = top.get("expected-failures");
        if (list == null) {
            throw new ExpectationsException(at(source, root.getStartMark())
                    + ": missing \"expected-failures:\" (a list of entries, may be empty: [])");
        }
        if (!(list instanceof SequenceNode sequence)) {
            throw new ExpectationsException(at(source, list.getStartMark())
                    + ": \"expected-failures\" is a list of entries (lines starting with \"- \")");
        }
        List<Expectation> entries = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Node item : sequence.getValue()) {
            Expectation e = entry(item, source, catalog);
            String before = seen.putIfAbsent(e.key(), e.location());
            if (before != null) {
                throw new ExpectationsException(e.location() + ": " + e.key() + " is already listed at " + before);
            }
            entries.add(e);
        }
        return new Expectations(source, loop, entries);
    }

    private static Expectation entry(Node item, String source, ClauseCatalog catalog) {
        String where = at(source, item.getStartMark());
        Map<String, Node> fields = mapping(item, source, ENTRY_KEYS, "an entry");
        if (fields.containsKey("clause") == fields.containsKey("check")) {
            throw new ExpectationsException(where + ": an entry has either \"clause:\" (a clause id) or "
                    + "\"check:\" (a scenario's or a property's name), not " + (fields.containsKey("clause")
                    ? "both" : "neither"));
        }
        String clause = fields.containsKey("clause") ? scalar(fields.get("clause"), source, "clause") : null;
        if (clause != null) {
            try {
                catalog.require(clause);
            } catch (UnknownClauseException e) {
                throw new ExpectationsException(at(source, fields.get("clause").getStartMark()) + ": "
                        + e.getMessage() + "; an entry names a clause of spec/clauses/");
            }
        }
        String check = fields.containsKey("check") ? scalar(fields.get("check"), source, "check") : null;
        if (!fields.containsKey("reason")) {
            throw new ExpectationsException(where + ": missing \"reason:\" (one line: why it fails)");
        }
        String reason = scalar(fields.get("reason"), source, "reason");
        if (reason.contains("\n")) {
            throw new ExpectationsException(at(source, fields.get("reason").getStartMark())
                    + ": \"reason\" is one line");
        }
        String link = fields.containsKey("link") ? scalar(fields.get("link"), source, "link") : null;
        if (link != null && !link.matches("https?://\\S+")) {
            throw new ExpectationsException(at(source, fields.get("link").getStartMark())
                    + ": \"link\" is an http(s) address, got '" + link + "'");
        }
        String probe = fields.containsKey("probe") ? scalar(fields.get("probe"), source, "probe") : null;
        return new Expectation(clause, check, reason, link, probe, where);
    }

    private static Map<String, Node> mapping(Node node, String source, Set<String> keys, String what) {
        if (!(node instanceof MappingNode map)) {
            throw new ExpectationsException(at(source, node.getStartMark()) + ": " + what + " is a mapping of "
                    + String.join(", ", keys.stream().sorted().toList()));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !keys.contains(key)) {
                throw new ExpectationsException(at(source, tuple.getKeyNode().getStartMark()) + ": unknown key "
                        + (key == null ? "(not a plain key)" : "'" + key + "'") + " in " + what + "; its keys are "
                        + String.join(", ", keys.stream().sorted().toList()));
            }
            out.put(key, tuple.getValueNode());
        }
        return out;
    }

    private static String scalar(Node node, String source, String key) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw new ExpectationsException(at(source, node.getStartMark()) + ": \"" + key
                    + "\" is a non-empty text");
        }
        return s.getValue().strip();
    }

    private static String at(String source, Mark mark) {
        return mark == null ? source : source + ":" + (mark.getLine() + 1);
    }
}
