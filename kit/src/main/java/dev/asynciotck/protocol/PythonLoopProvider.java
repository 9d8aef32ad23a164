package dev.asynciotck.protocol;

import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.TestedLoopProvider;
import dev.asynciotck.settings.Setting;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code python:} loops, run by the Python driver ({@code drivers/python}, shipped in this
 * jar) on a Python interpreter:
 * <ul>
 *   <li>{@code python:asyncio}: CPython's asyncio ({@code asyncio.new_event_loop});</li>
 *   <li>{@code python:uvloop}: uvloop ({@code uvloop.new_event_loop});</li>
 *   <li>{@code python:<module>:<callable>}: a callable returning a new event loop, e.g.
 *       {@code python:mypkg.loops:new_loop}, imported from the interpreter's path (the driver
 *       inherits {@code PYTHONPATH}).</li>
 * </ul>
 * The interpreter is the setting {@link Setting#PYTHON} ({@code --python}, {@code -Dtck.python},
 * {@code TCK_PYTHON}), by default {@code python3} on the {@code PATH}.
 */
public final class PythonLoopProvider implements TestedLoopProvider {

    /** The scheme of the identifiers this provider opens. */
    public static final String SCHEME = "python";
    private static final String NAME = "[\\p{L}_][\\p{L}\\p{N}_]*";
    private static final Pattern MODULE = Pattern.compile(NAME + "(\\." + NAME + ")*");
    private static final Pattern CALLABLE = Pattern.compile(NAME);
    private static final List<String> FORMS = List.of(
            "python:asyncio (CPython's asyncio, through the Python driver)",
            "python:uvloop (uvloop, through the Python driver)",
            "python:<module>:<callable> (a Python callable returning a new event loop, e.g. "
                    + "python:mypkg.loops:new_loop, importable from PYTHONPATH)");

    /** Creates the provider (found with {@link java.util.ServiceLoader}). */
    public PythonLoopProvider() {
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public List<String> forms() {
        return FORMS;
    }

    /**
     * Starts the Python driver for the loop the identifier names.
     *
     * @param id {@code python:asyncio}, {@code python:uvloop} or {@code python:<module>:<callable>}
     * @return the loop under test
     * @throws LoopSelectionException if the identifier is malformed, or the driver cannot start
     *                                (no interpreter there, the loop cannot be imported, …); the
     *                                message has the driver's own explanation
     */
    @Override
    public TestedLoop open(String id) {
        String loop = loopArgument(id);
        String interpreter = Setting.PYTHON.value();
        List<String> command = List.of(interpreter, PythonDriverFiles.script().toString(), "--loop", loop);
        try {
            return new DriverTestedLoop(id, command);
        } catch (LoopSelectionException e) {
            throw new LoopSelectionException(e.getMessage() + " [Python interpreter '" + interpreter + "' from "
                    + Setting.PYTHON.origin() + "; choose another with " + Setting.PYTHON.howToChange() + "]", e);
        }
    }

    /**
     * @param id a {@code python:} identifier
     * @return the driver's {@code --loop} argument it stands for: {@code asyncio}, {@code uvloop}
     *         or {@code module:callable}
     * @throws LoopSelectionException if it is malformed, naming the accepted forms
     */
    public static String loopArgument(String id) {
        String prefix = SCHEME + ":";
        if (id == null || !id.startsWith(prefix)) {
            throw malformed(id, "it does not start with '" + prefix + "'");
        }
        String loop = id.substring(prefix.length());
        if (loop.equals("asyncio") || loop.equals("uvloop")) {
            return loop;
        }
        int colon = loop.indexOf(':');
        if (colon < 0) {
            throw malformed(id, loop.isEmpty() ? "nothing follows 'python:'"
                    : "'" + loop + "' is neither asyncio, uvloop nor <module>:<callable>");
        }
        String module = loop.substring(0, colon);
        String callable = loop.substring(colon + 1);
        if (!MODULE.matcher(module).matches()) {
            throw malformed(id, "the module '" + module + "' is not a dotted Python name (like pkg.loops)");
        }
        if (!CALLABLE.matcher(callable).matches()) {
            throw malformed(id, "the callable '" + callable + "' is not a Python identifier (like new_loop)");
        }
        return loop;
    }

    private static LoopSelectionException malformed(String id, String problem) {
        return new LoopSelectionException("malformed loop identifier '" + id + "': " + problem
                + "; accepted python forms: " + String.join(", ", FORMS));
    }
}
