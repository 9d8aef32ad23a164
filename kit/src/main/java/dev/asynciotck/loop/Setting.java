package dev.asynciotck.loop;

/**
 * A setting read from a system property, else an environment variable, else a default — as the
 * loop identifier ({@code tck.loop} / {@code TCK_LOOP}) and the Python interpreter
 * ({@code tck.python} / {@code TCK_PYTHON}) are.
 *
 * @param property    the system property
 * @param environment the environment variable
 * @param fallback    the value when neither is set (or both are blank)
 */
public record Setting(String property, String environment, String fallback) {

    /** @return the value, trimmed */
    public String value() {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.trim();
        }
        String fromEnvironment = System.getenv(environment);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        return fallback;
    }

    /** @return where {@link #value()} comes from, for messages: {@code system property tck.loop}, … */
    public String source() {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return "system property " + property;
        }
        String fromEnvironment = System.getenv(environment);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return "environment variable " + environment;
        }
        return "the default";
    }
}
