package dev.asynciotck.loop;

import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.settings.Setting;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Chooses the loop under test from an identifier:
 * <ul>
 *   <li>{@code reference} (the default) or the {@link EventLoopFactory#name() name} of any
 *       factory registered with {@link ServiceLoader};</li>
 *   <li>{@code java:<factory class>}: a public class implementing {@link EventLoopFactory} with a
 *       public no-argument constructor, on the classpath;</li>
 *   <li>{@code <scheme>:...} for each {@link TestedLoopProvider} on the classpath (e.g.
 *       {@code python:asyncio}).</li>
 * </ul>
 * The identifier is the setting {@link Setting#LOOP} ({@code --loop}, {@code -Dtck.loop},
 * {@code TCK_LOOP}), by default {@value #DEFAULT}.
 */
public final class LoopSelector {

    /** The reference loop's identifier. */
    public static final String DEFAULT = "reference";

    private LoopSelector() {
    }

    /**
     * @return the loop under test named by the configuration
     * @throws LoopSelectionException naming the identifier, where it came from and the accepted forms
     */
    public static TestedLoop fromConfiguration() {
        try {
            return select(Setting.LOOP.value());
        } catch (LoopSelectionException e) {
            throw new LoopSelectionException(e.getMessage() + " [identifier from " + Setting.LOOP.origin() + "]", e);
        }
    }

    /**
     * @param id an identifier
     * @return the loop under test it names
     * @throws LoopSelectionException naming the identifier and the accepted forms
     */
    public static TestedLoop select(String id) {
        if (id == null || id.isBlank()) {
            throw new LoopSelectionException("empty loop identifier; " + acceptedForms());
        }
        String trimmed = id.trim();
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            for (EventLoopFactory f : ServiceLoader.load(EventLoopFactory.class)) {
                if (f.name().equals(trimmed)) {
                    return new JvmTestedLoop(trimmed, f);
                }
            }
            throw new LoopSelectionException("unknown loop '" + trimmed + "'; " + acceptedForms());
        }
        String scheme = trimmed.substring(0, colon);
        String rest = trimmed.substring(colon + 1);
        if (scheme.equals("java")) {
            return new JvmTestedLoop(trimmed, instantiate(trimmed, rest));
        }
        for (TestedLoopProvider p : ServiceLoader.load(TestedLoopProvider.class)) {
            if (p.scheme().equals(scheme)) {
                return p.open(trimmed);
            }
        }
        throw new LoopSelectionException("unknown loop scheme '" + scheme + ":' in '" + trimmed + "'; "
                + acceptedForms());
    }

    /** @return a sentence listing every accepted form */
    public static String acceptedForms() {
        List<String> forms = new ArrayList<>();
        for (EventLoopFactory f : ServiceLoader.load(EventLoopFactory.class)) {
            forms.add(f.name() + (f.name().equals(DEFAULT) ? " (the reference loop, the default)" : ""));
        }
        forms.add("java:<factory class> (a public class implementing " + EventLoopFactory.class.getName()
                + " with a public no-argument constructor, on the classpath)");
        for (TestedLoopProvider p : ServiceLoader.load(TestedLoopProvider.class)) {
            forms.addAll(p.forms());
        }
        return "accepted forms: " + String.join(", ", forms);
    }

    private static EventLoopFactory instantiate(String id, String className) {
        if (className.isBlank() || !className.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
            throw new LoopSelectionException("malformed loop identifier '" + id + "': after 'java:' comes a fully "
                    + "qualified class name, e.g. java:com.example.MyLoopFactory; " + acceptedForms());
        }
        Class<?> type;
        try {
            type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new LoopSelectionException("loop '" + id + "': class " + className + " is not on the classpath "
                    + "(add your jar: " + (Setting.isCommandLineRun() ? "TCK_CLASSPATH=path/to/your.jar ./tck ..."
                    : "-Dtck.classpath=path/to/your.jar") + ")", e);
        }
        if (!EventLoopFactory.class.isAssignableFrom(type)) {
            throw new LoopSelectionException("loop '" + id + "': " + className + " does not implement "
                    + EventLoopFactory.class.getName());
        }
        try {
            return (EventLoopFactory) type.getConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new LoopSelectionException("loop '" + id + "': " + className
                    + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new LoopSelectionException("loop '" + id + "': the constructor of " + className + " threw "
                    + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new LoopSelectionException("loop '" + id + "': cannot instantiate " + className + ": " + e, e);
        }
    }
}
