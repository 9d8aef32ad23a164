package dev.asynciotck.api;

import java.util.List;

/**
 * Python's {@code ExceptionGroup(message, exceptions)} (3.11+): several exceptions raised as one, as
 * a {@link TaskGroup} raises the errors of its tasks. {@code str()} of a group is its message
 * followed by the count, {@code "unhandled errors in a TaskGroup (2 sub-exceptions)"}.
 *
 * <p>Clauses: {@code TASKGROUP-ERROR-1}, {@code TASKGROUP-ERROR-2}.
 */
public final class ExceptionGroup extends PythonException {

    private static final long serialVersionUID = 1L;

    private final String groupMessage;
    private final transient List<PythonException> exceptions;

    /**
     * @param message    the group's own message
     * @param exceptions the exceptions it holds, at least one
     */
    public ExceptionGroup(String message, List<PythonException> exceptions) {
        super(PyType.EXCEPTION_GROUP, message + " (" + exceptions.size() + " sub-exception"
                + (exceptions.size() == 1 ? "" : "s") + ")");
        if (exceptions.isEmpty()) {
            throw new ValueError("second argument (exceptions) must be a non-empty sequence");
        }
        this.groupMessage = message;
        this.exceptions = List.copyOf(exceptions);
    }

    /** @return the group's own message, without the count ({@code e.message}) */
    public String groupMessage() {
        return groupMessage;
    }

    /** @return the exceptions it holds, in order ({@code e.exceptions}) */
    public List<PythonException> exceptions() {
        return exceptions;
    }
}
