package dev.asynciotck.clause;

import dev.asynciotck.python.PythonRange;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One clause of the contract: a single observable rule, as written in an area file under
 * {@code spec/clauses/}.
 *
 * @param id       the stable id, e.g. {@code LOOP-SOON-1}
 * @param level    the RFC 2119 strength
 * @param area     the area: the id prefix, which names the clause's file, e.g. {@code LOOP-SOON}
 * @param title    the short title after the id in the clause's heading
 * @param rule     the rule paragraph (Markdown, its lines joined by single spaces); it contains
 *                 the level's keyword in capitals
 * @param source   the {@code Source} field: a Markdown link to the Python 3.11 docs, and the
 *                 sentence the rule comes from or a statement that it is observed behaviour
 * @param python   the {@code Python} field: the CPython versions the clause holds for, e.g.
 *                 {@code 3.10+}, {@code 3.10-3.12} or {@code 3.11}
 * @param versions the {@code Versions} field: what differs between CPython versions
 * @param freedom  the {@code Freedom} field: what the docs leave open and no check may assert,
 *                 or {@code None.}
 * @param retired  whether the clause is retired ({@code | Status | retired |}); a retired
 *                 clause keeps its id but is no longer part of the contract
 * @param reliesOn the {@code Relies on} field: the clauses its checks rely on, each with why
 */
public record Clause(String id, Level level, String area, String title, String rule, String source,
                     String python, String versions, String freedom, boolean retired, List<Reliance> reliesOn) {

    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\((\\S+?)\\)");

    /**
     * Checks that no component is null, that {@code id} looks like a clause id and that
     * {@code python} is a valid version field.
     *
     * @throws IllegalArgumentException if {@code id} or {@code python} is malformed
     */
    public Clause {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(python, "python");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(freedom, "freedom");
        reliesOn = List.copyOf(reliesOn);
        if (!ClauseCatalog.looksLikeClauseId(id)) {
            throw new IllegalArgumentException("not a clause id: '" + id + "'");
        }
        if (PythonRange.parse(python).isEmpty()) {
            throw new IllegalArgumentException("clause " + id + ": malformed Python field '" + python
                    + "' (" + PythonRange.EXPECTED + ")");
        }
    }

    /**
     * An active (not retired) clause.
     *
     * @param id       the stable id
     * @param level    the RFC 2119 strength
     * @param area     the area name
     * @param title    the title
     * @param rule     the rule paragraph
     * @param source   the {@code Source} field
     * @param python   the {@code Python} field
     * @param versions the {@code Versions} field
     * @param freedom  the {@code Freedom} field
     */
    public Clause(String id, Level level, String area, String title, String rule, String source,
                  String python, String versions, String freedom) {
        this(id, level, area, title, rule, source, python, versions, freedom, false, List.of());
    }

    /**
     * Whether the clause holds for CPython {@code major.minor}, according to its {@code Python}
     * field ({@code 3.10+} holds for 3.10 and every later version).
     *
     * @param major the major version, e.g. 3
     * @param minor the minor version, e.g. 11
     * @return true if that version is in the clause's range
     */
    public boolean appliesTo(int major, int minor) {
        return PythonRange.parse(python).orElseThrow().contains(major, minor);
    }

    /**
     * The address of the first Markdown link in {@code source}, normally a page of the Python
     * 3.11 docs with its anchor.
     *
     * @return the link's target, or empty when the source has no link
     */
    public Optional<String> sourceUrl() {
        Matcher m = LINK_TARGET.matcher(source);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
