package dev.asynciotck.report;

/**
 * The loop a run tested.
 *
 * @param id             its identifier, e.g. {@code python:uvloop}
 * @param implementation what it says it is, e.g. {@code uvloop 0.17.0 on cpython 3.11.2}
 */
record LoopInfo(String id, String implementation) {

    /** @param fields the {@code loop} object @return the loop */
    static LoopInfo from(Fields fields) {
        return new LoopInfo(fields.text("id"), fields.text("implementation"));
    }
}
