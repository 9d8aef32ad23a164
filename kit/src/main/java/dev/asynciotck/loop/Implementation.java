package dev.asynciotck.loop;

/**
 * What a loop under test says it is.
 *
 * @param name           the implementation, e.g. {@code reference}, {@code asyncio}, {@code uvloop}
 * @param version        its version
 * @param runtime        the language runtime, e.g. {@code java}, {@code cpython}
 * @param runtimeVersion the runtime's version, e.g. {@code 17.0.15}, {@code 3.11.2}
 */
public record Implementation(String name, String version, String runtime, String runtimeVersion) {

    /** @return e.g. {@code reference 0.1.0 on java 17.0.15} */
    @Override
    public String toString() {
        return name + " " + version + " on " + runtime + " " + runtimeVersion;
    }
}
