/**
 * The kit's side of the driver protocol ({@code spec/protocol.md}): a
 * {@link dev.asynciotck.protocol.DriverTestedLoop} runs programs through a driver subprocess,
 * turning hangs, crashes and unreadable answers into faults of the run concerned and restarting
 * the driver for the next one; {@link dev.asynciotck.protocol.PythonLoopProvider} contributes the
 * {@code python:} loops, run by the Python driver that ships inside this jar.
 */
package dev.asynciotck.protocol;
