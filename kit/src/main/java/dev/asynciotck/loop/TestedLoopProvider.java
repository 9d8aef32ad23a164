package dev.asynciotck.loop;

/**
 * Contributes loops for one identifier scheme, e.g. {@code python} for {@code python:asyncio}.
 * Found with {@link java.util.ServiceLoader}.
 */
public interface TestedLoopProvider {

    /** @return the scheme, the part of an identifier before the first {@code :} */
    String scheme();

    /** @return the accepted forms, for error messages, e.g. {@code python:asyncio} */
    java.util.List<String> forms();

    /**
     * @param id the whole identifier
     * @return the loop under test
     * @throws LoopSelectionException when the identifier is malformed or the loop cannot be started
     */
    TestedLoop open(String id);
}
