/**
 * The loop-under-test SPI: the one interface features and properties run against
 * ({@link dev.asynciotck.loop.TestedLoop}), and how a loop is chosen by an identifier
 * ({@link dev.asynciotck.loop.LoopSelector}): {@code reference} by default, {@code java:<factory
 * class>} for a third-party JVM loop, and further schemes (such as {@code python:}) contributed by
 * {@link dev.asynciotck.loop.TestedLoopProvider}s found with {@link java.util.ServiceLoader}.
 */
package dev.asynciotck.loop;
