package dev.asynciotck.clause;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every clause of the contract, in file order, looked up by id.
 *
 * <p>{@link #load()} reads the catalog shipped in the spec jar: the classpath resource
 * {@code /asynciotck/clauses/index.txt} lists the area files (one name a line, blank lines and
 * lines starting with {@code #} ignored), each read from the same folder. The format of an area
 * file is described in {@code spec/clauses/README.md}. Instances are immutable.
 */
public final class ClauseCatalog {

    /** The classpath folder holding {@code index.txt} and the area files. */
    public static final String RESOURCE_FOLDER = "/asynciotck/clauses/";

    /** Where the area files are, from the top of the repository. */
    public static final String SOURCE_FOLDER = "spec/clauses/";

    /** The name of the file that lists the area files in order. */
    public static final String INDEX_FILE = "index.txt";

    private static final Pattern CLAUSE_ID = Pattern.compile("^[A-Z]+(-[A-Z0-9]+)*-[0-9]+$");

    private static ClauseCatalog shipped;

    private final List<Clause> clauses;
    private final Map<String, Clause> byId;
    private final List<String> areas;
    private final Map<String, String> places;

    private ClauseCatalog(List<Clause> clauses, List<String> areas, Map<String, String> places) {
        this.clauses = List.copyOf(clauses);
        Map<String, Clause> map = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            map.put(clause.id(), clause);
        }
        this.byId = Collections.unmodifiableMap(map);
        this.areas = List.copyOf(areas);
        this.places = Map.copyOf(places);
    }

    /**
     * The catalog shipped in the spec jar, read once and then shared.
     *
     * @return the catalog
     * @throws ClauseFormatException if {@code index.txt} lists a missing file or a file breaks
     *                               the format
     * @throws IllegalStateException if {@code index.txt} is not on the classpath
     */
    public static synchronized ClauseCatalog load() {
        if (shipped == null) {
            String index = readResource(INDEX_FILE).orElseThrow(() -> new IllegalStateException(
                    "clause index not found on the classpath: " + RESOURCE_FOLDER + INDEX_FILE));
            shipped = fromIndex(index, ClauseCatalog::readResource);
        }
        return shipped;
    }

    /**
     * A catalog made of the given area files, parsed in the map's iteration order (use a
     * {@link java.util.LinkedHashMap} to fix it).
     *
     * @param fileNameToMarkdown area file name (used in error messages) to its Markdown text
     * @return the catalog
     * @throws ClauseFormatException if a file breaks the format, a clause id is defined twice or
     *                               two files name the same area
     */
    public static ClauseCatalog parse(Map<String, String> fileNameToMarkdown) {
        List<ClauseFileParser.AreaFile> files = new ArrayList<>();
        fileNameToMarkdown.forEach((name, text) -> files.add(ClauseFileParser.parse(name, text)));
        return assemble(files);
    }

    /**
     * A catalog made of the files that {@code indexText} lists, read with {@code readFile}.
     *
     * @param indexText the text of {@code index.txt}
     * @param readFile  a file name to its text, or empty if there is no such file
     */
    static ClauseCatalog fromIndex(String indexText, Function<String, Optional<String>> readFile) {
        Map<String, Integer> listed = new LinkedHashMap<>();
        String[] lines = indexText.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String name = lines[i].strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.endsWith(".md") || name.contains("/") || name.contains("\\")) {
                throw new ClauseFormatException(INDEX_FILE, i + 1,
                        "expected the name of an area file ending in .md, found '" + name + "'");
            }
            Integer first = listed.putIfAbsent(name, i + 1);
            if (first != null) {
                throw new ClauseFormatException(INDEX_FILE, i + 1,
                        "'" + name + "' is listed twice (first at line " + first + ")");
            }
        }
        List<ClauseFileParser.AreaFile> files = new ArrayList<>();
        listed.forEach((name, line) -> {
            String text = readFile.apply(name).orElseThrow(() -> new ClauseFormatException(INDEX_FILE, line,
                    "listed file '" + name + "' is not there"));
            files.add(ClauseFileParser.parse(name, text));
        });
        return assemble(files);
    }

    private static ClauseCatalog assemble(List<ClauseFileParser.AreaFile> files) {
        Map<String, String> areaFiles = new LinkedHashMap<>();
        Map<String, String> idPlaces = new LinkedHashMap<>();
        List<Clause> clauses = new ArrayList<>();
        for (ClauseFileParser.AreaFile file : files) {
            String other = areaFiles.putIfAbsent(file.area(), file.fileName());
            if (other != null) {
                throw new ClauseFormatException(file.fileName(), 1,
                        "area '" + file.area() + "' is already the area of " + other);
            }
            for (ClauseFileParser.Located located : file.clauses()) {
                String id = located.clause().id();
                String first = idPlaces.putIfAbsent(id, file.fileName() + ":" + located.line());
                if (first != null) {
                    throw new ClauseFormatException(file.fileName(), located.line(),
                            "duplicate clause id " + id + " (first defined at " + first + ")");
                }
                clauses.add(located.clause());
            }
        }
        checkReliances(clauses, idPlaces);
        return new ClauseCatalog(clauses, new ArrayList<>(areaFiles.keySet()), idPlaces);
    }

    /** Every reliance names a clause, and no chain of reliances comes back to where it started. */
    private static void checkReliances(List<Clause> clauses, Map<String, String> places) {
        Map<String, Clause> byId = new LinkedHashMap<>();
        clauses.forEach(c -> byId.put(c.id(), c));
        for (Clause c : clauses) {
            for (Reliance r : c.reliesOn()) {
                if (!byId.containsKey(r.clause())) {
                    throw at(places.get(c.id()), "clause " + c.id() + " relies on " + r.clause() + ", which is no clause"
                            + ClosestId.among(byId.keySet(), r.clause()).map(s -> " (did you mean " + s + "?)").orElse(""));
                }
            }
        }
        for (Clause c : clauses) {
            List<String> path = new ArrayList<>(List.of(c.id()));
            String loop = cycle(c, byId, path);
            if (loop != null) {
                throw at(places.get(c.id()), "reliances go round: " + loop + " (a clause may not rely, through "
                        + "others, on itself)");
            }
        }
    }

    private static String cycle(Clause c, Map<String, Clause> byId, List<String> path) {
        for (Reliance r : c.reliesOn()) {
            if (r.clause().equals(path.get(0))) {
                return String.join(" -> ", path) + " -> " + r.clause();
            }
            if (!path.contains(r.clause())) {
                path.add(r.clause());
                String loop = cycle(byId.get(r.clause()), byId, path);
                if (loop != null) {
                    return loop;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private static ClauseFormatException at(String place, String problem) {
        int colon = place.lastIndexOf(':');
        return new ClauseFormatException(place.substring(0, colon), Integer.parseInt(place.substring(colon + 1)), problem);
    }

    /**
     * @param id a clause id
     * @return every clause its checks rely on, directly or through others, nearest first
     */
    public List<String> reliedOn(String id) {
        List<String> out = new ArrayList<>();
        List<String> queue = new ArrayList<>(List.of(id));
        for (int i = 0; i < queue.size(); i++) {
            for (Reliance r : require(queue.get(i)).reliesOn()) {
                if (!out.contains(r.clause()) && !r.clause().equals(id)) {
                    out.add(r.clause());
                    queue.add(r.clause());
                }
            }
        }
        return out;
    }

    private static Optional<String> readResource(String name) {
        try (InputStream in = ClauseCatalog.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE_FOLDER + name, e);
        }
    }

    /**
     * Every clause, retired ones included, in file order (the order of {@code index.txt}, then
     * the order within each file).
     *
     * @return the clauses, unmodifiable
     */
    public List<Clause> clauses() {
        return clauses;
    }

    /**
     * @param id a clause id
     * @return where its text is: the file ({@value #SOURCE_FOLDER} and the area file) and the line
     *         of its heading, e.g. {@code spec/clauses/LOOP-SOON.md:7}
     * @throws UnknownClauseException if there is no such clause
     */
    public String where(String id) {
        require(id);
        return SOURCE_FOLDER + places.get(id);
    }

    /**
     * The clauses of one area, in file order.
     *
     * @param area an area, e.g. {@code LOOP-SOON}
     * @return its clauses; empty if there is no such area
     */
    public List<Clause> clausesIn(String area) {
        Objects.requireNonNull(area, "area");
        return clauses.stream().filter(c -> c.area().equals(area)).toList();
    }

    /**
     * The clauses of every area named {@code prefix} or starting with {@code prefix-}: {@code LOOP}
     * is every {@code LOOP-*} area, {@code QUEUE-ORDER} is that one area.
     *
     * @param prefix an area or the start of one, e.g. {@code QUEUE}
     * @return their clauses, in file order; empty if no area matches
     */
    public List<Clause> clausesUnder(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        return clauses.stream().filter(c -> c.area().equals(prefix) || c.area().startsWith(prefix + "-")).toList();
    }

    /**
     * The clause with this id.
     *
     * @param id a clause id, e.g. {@code LOOP-SOON-1}
     * @return the clause, or empty if no clause has that id
     */
    public Optional<Clause> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The clause with this id, which must exist.
     *
     * @param id a clause id, e.g. {@code LOOP-SOON-1}
     * @return the clause
     * @throws UnknownClauseException if no clause has that id; its message suggests the closest
     *                                known id when one is close
     */
    public Clause require(String id) {
        return find(id).orElseThrow(() -> new UnknownClauseException(id, ClosestId.among(byId.keySet(), id)));
    }

    /**
     * The area names, in file order.
     *
     * @return the areas, unmodifiable
     */
    public List<String> areas() {
        return areas;
    }

    /**
     * Whether {@code text} has the form of a clause id ({@code ^[A-Z]+(-[A-Z0-9]+)*-[0-9]+$}),
     * e.g. {@code LOOP-SOON-1}; says nothing about whether such a clause exists.
     *
     * @param text any text, or null
     * @return true if it has the form of a clause id
     */
    public static boolean looksLikeClauseId(String text) {
        return text != null && CLAUSE_ID.matcher(text).matches();
    }
}
