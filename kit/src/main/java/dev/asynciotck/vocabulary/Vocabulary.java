package dev.asynciotck.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.asynciotck.python.PythonRange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every name a program may use ({@code spec/vocabulary.json}, shipped in the spec jar as
 * {@value #RESOURCE}). Adding a method to the language is one line there, plus its
 * implementations in the interpreter and the Python driver; the kit's tests fail until both have
 * it.
 */
public final class Vocabulary {

    /** Where the vocabulary is on the classpath. */
    public static final String RESOURCE = "/asynciotck/vocabulary.json";
    /** Its format id. */
    public static final String FORMAT = "asyncio-tck-vocabulary/1";
    /** The versions of a name without a {@code python} field. */
    public static final String ALL_VERSIONS = "3.10+";

    private static Vocabulary shipped;

    private final Map<String, ObjectKind> kinds;
    private final Map<String, LanguageName> asyncio;
    private final Map<String, LanguageName> builtins;
    private final Map<String, ExceptionType> exceptions;
    private final Set<String> keywords;
    private final Map<String, String> returns;
    /** What awaiting the coroutine each call returns gives, for the calls the vocabulary says it of. */
    private final Map<String, AwaitGives> awaitGives;
    private final Map<String, String> noneWhen;
    private final int stepBudget;
    private final int stressBudgetFactor;
    private final int longBudgetFactor;
    private final List<String> signalsEndingTheProcess;
    private final List<String> signalsIgnored;
    private final Map<String, List<String>> protocolCallbacks;
    private final double leakJoinSeconds;
    private final Map<String, String> leakClauses;

    private Vocabulary(JsonNode root) {
        require(FORMAT.equals(root.path("format").asText()), "/format", "expected \"" + FORMAT + "\"");
        Map<String, ObjectKind> kindMap = new LinkedHashMap<>();
        int k = 0;
        for (JsonNode kind : root.path("kinds")) {
            String at = "/kinds/" + k++;
            String name = text(kind, "name", at);
            String parent = kind.hasNonNull("extends") ? kind.get("extends").asText() : null;
            List<LanguageName> methods = new ArrayList<>();
            if (parent != null) {
                ObjectKind inherited = kindMap.get(parent);
                require(inherited != null, at + "/extends", "'" + parent + "' is not a kind defined before " + name);
                methods.addAll(inherited.methods());
            }
            methods.addAll(names(kind.path("methods"), at + "/methods", LanguageName.METHOD));
            kindMap.put(name, new ObjectKind(name, text(kind, "what", at), parent, methods));
        }
        this.kinds = Collections.unmodifiableMap(kindMap);
        this.asyncio = index(names(root.path("asyncio"), "/asyncio", null));
        this.builtins = index(names(root.path("builtins"), "/builtins", null));
        Map<String, ExceptionType> types = new LinkedHashMap<>();
        int e = 0;
        for (JsonNode type : root.path("exceptions")) {
            String at = "/exceptions/" + e++;
            String base = type.hasNonNull("base") ? type.get("base").asText() : null;
            List<String> also = new ArrayList<>();
            type.path("also").forEach(b -> also.add(b.asText()));
            types.put(text(type, "name", at), new ExceptionType(text(type, "name", at), base,
                    type.path("module").asText("builtins"), List.copyOf(also)));
        }
        for (ExceptionType type : types.values()) {
            require(type.base() == null || types.containsKey(type.base()), "/exceptions",
                    type.name() + "'s base " + type.base() + " is not an exception type of the vocabulary");
            for (String other : type.also()) {
                require(types.containsKey(other), "/exceptions",
                        type.name() + "'s other base " + other + " is not an exception type of the vocabulary");
            }
        }
        this.exceptions = Collections.unmodifiableMap(types);
        Map<String, String> returned = new LinkedHashMap<>();
        Map<String, String> noneWhen = new LinkedHashMap<>();
        Map<String, AwaitGives> awaited = new LinkedHashMap<>();
        List<LanguageName> all = new ArrayList<>(asyncio.values());
        kindMap.values().forEach(kind -> all.addAll(kind.methods()));
        for (LanguageName n : all) {
            require(n.asyncForGives() == null || kindMap.containsKey(n.asyncForGives()), "/asyncio",
                    n.name() + " says async for over it gives '" + n.asyncForGives() + "', which is no kind");
            if (n.awaitGives() != null) {
                require("Coroutine".equals(n.returns()), "/kinds", n.name() + " says what awaiting it gives, but returns no Coroutine");
                require(n.awaitGives().kinds().stream().anyMatch(java.util.Objects::nonNull)
                        && n.awaitGives().kinds().stream().allMatch(item -> item == null || kindMap.containsKey(item)), "/kinds",
                        n.name() + " says awaiting it gives " + n.awaitGives().describe() + ", which names no kind or another than a kind");
                awaited.put(n.name(), n.awaitGives());
            }
            if (n.returns() != null) {
                require(kindMap.containsKey(n.returns()), "/kinds", n.name() + " returns '" + n.returns() + "', which is no kind");
                returned.put(n.name(), n.returns());
            }
        }
        // What a call returns is looked up by the name alone: every method or function of a name
        // says the same (or, all of them, nothing).
        for (LanguageName n : all) {
            require(java.util.Objects.equals(returned.get(n.name()), n.returns()), "/kinds", "'" + n.name()
                    + "' returns '" + returned.get(n.name()) + "' somewhere and '" + n.returns()
                    + "' elsewhere; what a call returns is known by its name, so every '" + n.name() + "' must say the same");
            if (n.none() != null) {
                require(n.returns() != null, "/asyncio", n.name() + " says when it returns None, but not what it returns otherwise");
                noneWhen.put(n.name(), n.none());
            }
        }
        this.returns = Collections.unmodifiableMap(returned);
        this.noneWhen = Collections.unmodifiableMap(noneWhen);
        this.awaitGives = Collections.unmodifiableMap(awaited);
        Set<String> words = new LinkedHashSet<>();
        root.path("keywords").forEach(w -> words.add(w.asText()));
        this.keywords = Collections.unmodifiableSet(words);
        JsonNode iterations = root.path("step_budget").path("iterations");
        require(iterations.isInt() && iterations.intValue() > 0, "/step_budget/iterations", "expected a positive integer");
        this.stepBudget = iterations.intValue();
        JsonNode factor = root.path("stress").path("budget_factor");
        require(factor.isInt() && factor.intValue() > 0, "/stress/budget_factor", "expected a positive integer");
        this.stressBudgetFactor = factor.intValue();
        this.signalsEndingTheProcess = signalNames(root.path("signal_defaults").path("ends_the_process"),
                "/signal_defaults/ends_the_process");
        this.signalsIgnored = signalNames(root.path("signal_defaults").path("ignored"), "/signal_defaults/ignored");
        JsonNode longFactor = root.path("stress").path("long_budget_factor");
        require(longFactor.isInt() && longFactor.intValue() > 0, "/stress/long_budget_factor", "expected a positive integer");
        this.longBudgetFactor = longFactor.intValue();
        Map<String, List<String>> callbacks = new LinkedHashMap<>();
        root.path("protocol_callbacks").properties().forEach(base -> {
            if (!base.getKey().equals("doc")) {
                List<String> names = new ArrayList<>();
                base.getValue().forEach(n -> names.add(n.asText()));
                callbacks.put(base.getKey(), List.copyOf(names));
            }
        });
        for (String base : callbacks.keySet()) {
            require(asyncio(base).filter(n -> n.is(LanguageName.BASE_CLASS)).isPresent(), "/protocol_callbacks/" + base,
                    "'" + base + "' is not a base class of the asyncio module");
        }
        this.protocolCallbacks = Collections.unmodifiableMap(callbacks);
        JsonNode join = root.path("leaks").path("join_seconds");
        require(join.isNumber() && join.doubleValue() > 0, "/leaks/join_seconds", "expected a positive number");
        this.leakJoinSeconds = join.doubleValue();
        Map<String, String> clauses = new LinkedHashMap<>();
        root.path("leaks").path("resources").properties().forEach(r -> clauses.put(r.getKey(), r.getValue().asText()));
        require(!clauses.isEmpty(), "/leaks/resources", "expected an object naming each resource's clause");
        this.leakClauses = Collections.unmodifiableMap(clauses);
    }

    /**
     * @return how long, in seconds, the threads that appeared during a program have in all to end
     *         once its loops are closed, before each still alive is reported as a leak
     */
    public double leakJoinSeconds() {
        return leakJoinSeconds;
    }

    /**
     * @return each resource whose leaks are reported ({@code fd}, {@code thread}), with the clause
     *         a leak of it breaks, in the vocabulary's order
     */
    public Map<String, String> leakClauses() {
        return leakClauses;
    }

    /**
     * @return how many iterations the {@code for} and {@code while} loops of one run may take in
     *         all; the next one ends the run as a timeout
     */
    public int stepBudget() {
        return stepBudget;
    }

    /** @return how many times the program budget a scenario tagged {@code @stress} has */
    public int stressBudgetFactor() {
        return stressBudgetFactor;
    }

    private static List<String> signalNames(JsonNode list, String where) {
        require(list.isArray() && !list.isEmpty(), where, "expected a list of signal names (SIGUSR1, ...)");
        List<String> out = new ArrayList<>();
        for (JsonNode name : list) {
            require(name.isTextual() && name.asText().startsWith("SIG"), where, "expected a signal name, got " + name);
            out.add(name.asText());
        }
        return List.copyOf(out);
    }

    /**
     * @return the signals whose default action ends the process ({@code SIGUSR1}...), which the
     *         kit's {@code raise_signal} refuses when nothing handles them
     */
    public List<String> signalsEndingTheProcess() {
        return signalsEndingTheProcess;
    }

    /**
     * @param base a base class of the asyncio module ({@code Protocol}...)
     * @return the callbacks it defines as no-ops, which a program's class may leave out (none for a
     *         name that is not a base class)
     */
    public List<String> protocolCallbacks(String base) {
        return protocolCallbacks.getOrDefault(base, List.of());
    }

    /** @return the signals the system ignores when nothing handles them ({@code SIGCHLD}...) */
    public List<String> signalsIgnored() {
        return signalsIgnored;
    }

    /** @return how many times the program budget a scenario tagged {@code @long} (and {@code @stress}) has */
    public int longBudgetFactor() {
        return longBudgetFactor;
    }

    /**
     * @return the vocabulary shipped in the spec jar, read once
     * @throws IllegalStateException if it is missing or malformed, naming what is wrong and where
     */
    public static synchronized Vocabulary load() {
        if (shipped == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the vocabulary is missing: no " + RESOURCE
                            + " on the classpath (the asyncio-tck-spec jar ships spec/vocabulary.json)");
                }
                shipped = new Vocabulary(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the vocabulary " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return shipped;
    }

    /** @return the kinds of objects, in the file's order */
    public List<ObjectKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /**
     * @param name a kind's name
     * @return the kind, if the language has it
     */
    public Optional<ObjectKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** @return the names of the {@code asyncio} module, in the file's order */
    public List<LanguageName> asyncio() {
        return List.copyOf(asyncio.values());
    }

    /**
     * @param name a name
     * @return the name of the {@code asyncio} module, if there is one
     */
    public Optional<LanguageName> asyncio(String name) {
        return Optional.ofNullable(asyncio.get(name));
    }

    /** @return the builtins other than the exception types, in the file's order */
    public List<LanguageName> builtins() {
        return List.copyOf(builtins.values());
    }

    /**
     * @param name a name
     * @return the builtin of that name (other than an exception type), if there is one
     */
    public Optional<LanguageName> builtin(String name) {
        return Optional.ofNullable(builtins.get(name));
    }

    /** @return the exception types, in the file's order; each is also a builtin name */
    public List<ExceptionType> exceptions() {
        return List.copyOf(exceptions.values());
    }

    /**
     * @param name a name
     * @return the exception type of that name, if the language has it
     */
    public Optional<ExceptionType> exception(String name) {
        return Optional.ofNullable(exceptions.get(name));
    }

    /** @return Python's keywords: words that are never names */
    public Set<String> keywords() {
        return keywords;
    }

    /**
     * @param name a method or a function of the asyncio module
     * @return the kind of object asyncio documents it returns, if the vocabulary gives one
     */
    public Optional<String> returns(String name) {
        return Optional.ofNullable(returns.get(name));
    }

    /**
     * @param name a function of the asyncio module
     * @return the kind of each item that {@code async for} over what it returns gives, if the
     *         vocabulary gives one ({@code as_completed}: Future)
     */
    public Optional<String> asyncForGives(String name) {
        LanguageName n = asyncio.get(name);
        return Optional.ofNullable(n == null ? null : n.asyncForGives());
    }

    /**
     * @param name a method or a function of the asyncio module
     * @return what awaiting the coroutine it returns gives, if the vocabulary says
     *         ({@code create_server}: a Server; {@code sock_accept}: a tuple whose first item is a Socket)
     */
    public Optional<AwaitGives> awaitGives(String name) {
        return Optional.ofNullable(awaitGives.get(name));
    }

    /**
     * @param name a method or a function of the asyncio module
     * @return when asyncio returns None instead of the kind {@link #returns} gives, e.g.
     *         {@code when no task runs}; empty when it never does
     */
    public Optional<String> noneWhen(String name) {
        return Optional.ofNullable(noneWhen.get(name));
    }

    /**
     * @param kind   a kind's name, or null
     * @param wanted a kind's name
     * @return whether objects of {@code kind} are of {@code wanted} (a Task is a Future)
     */
    public boolean isA(String kind, String wanted) {
        for (String k = kind; k != null; k = kinds.containsKey(k) ? kinds.get(k).parent() : null) {
            if (k.equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names a program uses that do not exist on every version it runs on: an attribute or a
     * builtin that the vocabulary gives only for other versions (for instance {@code cancelling},
     * 3.11+, in a program of a 3.10+ clause).
     *
     * @param program  the JSON form of a program
     * @param versions the versions it runs on (those of its clauses)
     * @return one line per such name, naming the versions where it exists
     */
    public List<String> namesMissingOn(JsonNode program, PythonRange versions) {
        Set<String> used = new LinkedHashSet<>();
        collectNames(program, used);
        List<String> out = new ArrayList<>();
        for (String name : used) {
            List<LanguageName> entries = new ArrayList<>();
            kinds.values().forEach(k -> k.methods().stream().filter(m -> m.name().equals(name)).forEach(entries::add));
            asyncio(name).ifPresent(entries::add);
            builtin(name).ifPresent(entries::add);
            if (!entries.isEmpty() && entries.stream().noneMatch(e -> e.python().covers(versions))) {
                out.add("'" + name + "' exists on Python " + entries.stream().map(e -> e.python().toString()).distinct()
                        .collect(Collectors.joining(" or ")) + " (spec/vocabulary.json), the program runs on " + versions);
            }
        }
        return out;
    }

    /** Adds the values of every {@code attr} and {@code name} member of a program's JSON. */
    private static void collectNames(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if ((field.getKey().equals("attr") || field.getKey().equals("name")) && field.getValue().isTextual()) {
                    out.add(field.getValue().asText());
                } else {
                    collectNames(field.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectNames(child, out));
        }
    }

    private static Map<String, LanguageName> index(List<LanguageName> names) {
        Map<String, LanguageName> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n.name(), n));
        return out;
    }

    private static List<LanguageName> names(JsonNode entries, String at, String role) {
        List<LanguageName> out = new ArrayList<>();
        int i = 0;
        for (JsonNode e : entries) {
            String where = at + "/" + i++;
            String python = e.path("python").asText(ALL_VERSIONS);
            PythonRange range = PythonRange.parse(python).orElseThrow(() -> new IllegalStateException(
                    "vocabulary " + RESOURCE + " at " + where + "/python: '" + python + "': " + PythonRange.EXPECTED));
            String is = role == null ? text(e, "is", where)
                    : role.equals(LanguageName.METHOD) ? e.path("is").asText(role) : role;
            require(!role(role, LanguageName.METHOD) || is.equals(LanguageName.METHOD) || is.equals(LanguageName.ATTRIBUTE),
                    where + "/is", "expected \"method\" or \"attribute\"");
            out.add(new LanguageName(text(e, "name", where), is, e.path("signature").asText(e.path("name").asText()),
                    e.path("doc").asText(""), range, e.path("note").asText(""),
                    e.hasNonNull("returns") ? e.get("returns").asText() : null,
                    e.hasNonNull("none") ? e.get("none").asText() : null,
                    e.hasNonNull("async_for_gives") ? e.get("async_for_gives").asText() : null,
                    awaitGives(e.get("await_gives"), where + "/await_gives")));
        }
        return out;
    }

    /** The {@code await_gives} of a name: a kind, or an array of kinds and nulls (a tuple); null if absent. */
    private static AwaitGives awaitGives(JsonNode node, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isTextual()) {
            return new AwaitGives(false, List.of(node.asText()));
        }
        require(node.isArray() && !node.isEmpty(), where, "expected the name of a kind, or an array of kinds and nulls");
        List<String> kinds = new ArrayList<>();
        for (JsonNode item : node) {
            require(item.isNull() || item.isTextual(), where, "expected the name of a kind, or an array of kinds and nulls");
            kinds.add(item.isNull() ? null : item.asText());
        }
        return new AwaitGives(true, kinds);
    }

    private static boolean role(String role, String wanted) {
        return wanted.equals(role);
    }

    private static String text(JsonNode node, String field, String at) {
        require(node.hasNonNull(field) && node.get(field).isTextual(), at, "missing \"" + field + "\" (a string)");
        return node.get(field).asText();
    }

    private static void require(boolean ok, String at, String problem) {
        if (!ok) {
            throw new IllegalStateException("vocabulary " + RESOURCE + " at " + at + ": " + problem);
        }
    }
}
