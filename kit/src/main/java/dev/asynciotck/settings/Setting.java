package dev.asynciotck.settings;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of the kit. A value comes from, in order: the command line ({@code ./tck run
 * --python X}, recorded with {@link #setFromCommandLine}), the system property
 * ({@code -Dtck.python=X}, as the Maven build passes them), the environment variable
 * ({@code TCK_PYTHON}), or the default. A blank value counts as unset.
 *
 * <p>Messages name a setting the way the user gave it ({@link #origin()}) and tell how to change
 * it the way the user runs the kit ({@link #howToChange()}): {@code --python PATH} under
 * {@code ./tck}, {@code -Dtck.python=PATH} under Maven.
 */
public enum Setting {

    /** The loop under test. */
    LOOP("tck.loop", "TCK_LOOP", "--loop", "ID", "reference",
            "the loop under test: reference, java:<factory class>, python:asyncio, python:uvloop, "
                    + "python:<module>:<callable>"),
    /** The Python interpreter that runs the Python driver. */
    PYTHON("tck.python", "TCK_PYTHON", "--python", "PATH", "python3",
            "the Python interpreter for python:... loops"),
    /** The expectations file: the known failures of the loop under test. */
    EXPECTATIONS("tck.expectations", "TCK_EXPECTATIONS", "--expectations", "FILE", "",
            "the known failures of the loop (spec/expectations.md); default: none"),
    /** Where a run writes its reports and saved cases. */
    REPORT("tck.report", null, "--report", "DIR", "target/tck-report",
            "where the reports go: summary.json, index.html, saved cases, cucumber's reports"),
    /** The seed of the properties. */
    SEED("tck.seed", null, "--seed", "N", "",
            "the seed of the properties; default: a new one, printed"),
    /** How many programs each property tries. */
    TRIES("tck.tries", null, "--tries", "N", "200",
            "programs per property (properties of large programs get a fifth)"),
    /** One of N parts of a fuzz campaign ({@link Shard}). */
    SHARD("tck.shard", null, "--shard", "I/N", "",
            "part I of a fuzz campaign split in N (1 <= I <= N): the --tries divided by N, with a seed made from --seed "
                    + "and I, so that the N parts try different programs; ./tck report combine merges their reports"),
    /** The most shrinking steps of a failing property. */
    SHRINK("tck.shrink", null, null, "N", "300",
            "the most shrinking steps of a failing property; 0 reports the first failing program as it is"
                    + " (pitest's runs set it: a mutant is killed by the first failure)"),
    /** How long each program may run before it is reported as hung. */
    BUDGET("tck.budget", "TCK_BUDGET", "--budget", "SECONDS", "10",
            "how long each program may run before it is reported as hung (its check fails as a timeout)"),
    /** Whether the long checks run. */
    LONG("tck.long", "TCK_LONG", "--long", "true|false", "false",
            "whether the @long checks run (the 4 x 1,000,000 call_soon_threadsafe flood, a minute on CPython's "
                    + "asyncio); they are skipped otherwise"),
    /** How many programs may run at once on a loop that can run several. */
    PARALLEL("tck.parallel", null, "--parallel", "N", "32",
            "programs run at once on a loop that can run several (1: one after the other)"),
    /** Where the user started the run: relative paths they gave are taken from there. */
    WORKING_DIRECTORY("tck.workingDirectory", null, null, "DIR", "",
            "where the run was started (the Maven build sets it); default: the current directory"),
    /** Whether the properties keep their per-property throughput lines to themselves. */
    QUIET_THROUGHPUT("tck.quietThroughput", null, null, "BOOLEAN", "false",
            "leave out the properties' throughput lines (the command line's progress display sets it)");

    private static final Map<Setting, String> COMMAND_LINE = new EnumMap<>(Setting.class);
    private static boolean commandLineRun;

    private final String property;
    private final String environment;
    private final String option;
    private final String label;
    private final String fallback;
    private final String description;

    Setting(String property, String environment, String option, String label, String fallback, String description) {
        this.property = property;
        this.environment = environment;
        this.option = option;
        this.label = label;
        this.fallback = fallback;
        this.description = description;
    }

    /** @return the system property, e.g. {@code tck.python} */
    public String property() {
        return property;
    }

    /** @return the environment variable, e.g. {@code TCK_PYTHON}, or null when there is none */
    public String environment() {
        return environment;
    }

    /** @return the command-line option, e.g. {@code --python}, or null for a setting the kit sets itself */
    public String option() {
        return option;
    }

    /** @return the option's parameter label, e.g. {@code PATH} */
    public String label() {
        return label;
    }

    /** @return the value when nothing sets it ("" for none) */
    public String fallback() {
        return fallback;
    }

    /** @return what it is, for help texts */
    public String description() {
        return description;
    }

    /**
     * Starts a command-line run: forgets the values of an earlier one (tests run several in one JVM)
     * and makes messages name options rather than system properties.
     */
    public static synchronized void startCommandLineRun() {
        COMMAND_LINE.clear();
        commandLineRun = true;
    }

    /** Ends a command-line run: forgets its values; messages name system properties again. */
    public static synchronized void endCommandLineRun() {
        COMMAND_LINE.clear();
        commandLineRun = false;
    }

    /** @return whether the kit runs from its command line ({@link #startCommandLineRun()}) rather than under Maven */
    public static synchronized boolean isCommandLineRun() {
        return commandLineRun;
    }

    /**
     * @param value the value given on the command line (null: not given)
     */
    public synchronized void setFromCommandLine(String value) {
        if (value == null) {
            COMMAND_LINE.remove(this);
        } else {
            COMMAND_LINE.put(this, value);
        }
    }

    /** @return the value given on the command line, if one was */
    public synchronized Optional<String> commandLineValue() {
        String v = COMMAND_LINE.get(this);
        return present(v) ? Optional.of(v.trim()) : Optional.empty();
    }

    /** @return the value, trimmed ("" when unset and there is no default) */
    public String value() {
        String given = given();
        return given != null ? given : fallback;
    }

    /** @return whether something sets it (else the default applies) */
    public boolean isSet() {
        return given() != null;
    }

    /** @return where the value comes from, as the user gave it: {@code --python}, {@code -Dtck.python}, … */
    public synchronized String origin() {
        if (present(COMMAND_LINE.get(this))) {
            return option;
        }
        if (present(System.getProperty(property))) {
            return "-D" + property;
        }
        if (environment != null && present(System.getenv(environment))) {
            return "the environment variable " + environment;
        }
        return commandLineRun && option != null ? option + " (default)" : "-D" + property + " (default)";
    }

    /** @return how the user changes it, the way they run the kit: {@code --python PATH} or {@code -Dtck.python=PATH} */
    public synchronized String howToChange() {
        if (commandLineRun && option != null) {
            return option + " " + label;
        }
        return "-D" + property + "=" + label + (environment == null ? "" : " (or the environment variable " + environment + ")");
    }

    /**
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @return the value as an integer
     * @throws SettingException naming the setting as the user gave it, when it is not a number in range
     */
    public int intValue(int min, int max) {
        long v = longValue();
        if (v < min || v > max) {
            throw new SettingException(origin() + ": " + (max == Integer.MAX_VALUE ? "at least " + min
                    : "from " + min + " to " + max) + ", got " + v);
        }
        return (int) v;
    }

    /**
     * @return the value as a long
     * @throws SettingException naming the setting as the user gave it, when it is not a number
     */
    public long longValue() {
        String v = value();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new SettingException(origin() + ": expected a whole number, got '" + v + "'");
        }
    }

    /**
     * @return the value as a positive number of seconds, to the millisecond
     * @throws SettingException naming the setting as the user gave it, when it is not a positive number
     */
    public java.time.Duration secondsValue() {
        String v = value();
        double seconds;
        try {
            seconds = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (!(seconds >= 0.001) || seconds > 86_400) {
            throw new SettingException(origin() + ": expected seconds from 0.001 to 86400, got '" + v + "'");
        }
        return java.time.Duration.ofMillis(Math.round(seconds * 1000));
    }

    /**
     * @return the value as a boolean
     * @throws SettingException naming the setting as the user gave it, when it is neither
     *                          {@code true} nor {@code false} (any case)
     */
    public boolean booleanValue() {
        String v = value();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new SettingException(origin() + ": expected true or false, got '" + v + "'");
    }

    /**
     * @return the value as a path, taken from where the run was started ({@link #WORKING_DIRECTORY})
     *         when it is relative
     */
    public Path path() {
        Path path = Path.of(value());
        return path.isAbsolute() ? path : workingDirectory().resolve(path);
    }

    /** @return where the run was started: {@link #WORKING_DIRECTORY}, else the current directory */
    public static Path workingDirectory() {
        String base = WORKING_DIRECTORY.value();
        return Path.of(base.isEmpty() ? System.getProperty("user.dir") : base).toAbsolutePath().normalize();
    }

    private synchronized String given() {
        String fromCommandLine = COMMAND_LINE.get(this);
        if (present(fromCommandLine)) {
            return fromCommandLine.trim();
        }
        String fromProperty = System.getProperty(property);
        if (present(fromProperty)) {
            return fromProperty.trim();
        }
        String fromEnvironment = environment == null ? null : System.getenv(environment);
        return present(fromEnvironment) ? fromEnvironment.trim() : null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
