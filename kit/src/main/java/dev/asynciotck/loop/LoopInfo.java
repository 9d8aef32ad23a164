package dev.asynciotck.loop;

/**
 * The loop a run tested, as reports and saved cases name it.
 *
 * @param id             its identifier, e.g. {@code python:uvloop}
 * @param implementation what it says it is, e.g. {@code uvloop 0.17.0 on cpython 3.11.2}
 */
public record LoopInfo(String id, String implementation) {
}
