package dev.asynciotck.loop;

import dev.asynciotck.settings.Setting;

/**
 * The loop under test of the current run, shared by every check: selected from the configuration
 * ({@link Setting#LOOP}, and {@link Setting#PYTHON} for Python loops) on first use, so that an
 * out-of-process driver is started once per run. When the configuration changes (a new run in the
 * same JVM), the old loop is closed and the new one selected.
 */
public final class ConfiguredLoop {

    private static TestedLoop instance;
    private static String instanceKey;
    private static RuntimeException error;
    private static String errorKey;
    private static boolean hooked;

    private ConfiguredLoop() {
    }

    /**
     * @return the loop under test the configuration names
     * @throws LoopSelectionException naming the identifier, where it came from and the accepted forms
     *                                (every caller gets the same error)
     */
    public static synchronized TestedLoop get() {
        String key = Setting.LOOP.value() + "\n" + Setting.PYTHON.value();
        if (instance != null && key.equals(instanceKey)) {
            return instance;
        }
        if (error != null && key.equals(errorKey)) {
            throw error;
        }
        close();
        try {
            instance = LoopSelector.fromConfiguration();
            instanceKey = key;
        } catch (RuntimeException e) {
            error = e;
            errorKey = key;
            throw e;
        }
        if (!hooked) {
            hooked = true;
            Runtime.getRuntime().addShutdownHook(new Thread(ConfiguredLoop::close, "tck-close-loop-under-test"));
        }
        return instance;
    }

    /** Closes the loop under test, if one was selected (a driver process ends). */
    public static synchronized void close() {
        if (instance != null) {
            TestedLoop open = instance;
            instance = null;
            instanceKey = null;
            open.close();
        }
    }
}
