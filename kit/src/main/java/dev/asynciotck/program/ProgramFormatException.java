package dev.asynciotck.program;

import dev.asynciotck.json.StrictJson;

/**
 * A program that cannot be read: not JSON, not the shape of a program, or breaking a rule of the
 * language. The message says where (a JSON Pointer, or a line for the text form) and what is
 * wrong.
 */
public final class ProgramFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The JSON Pointer of the fault, or {@code null}. */
    private final String pointer;

    /** @param message where and what is wrong */
    public ProgramFormatException(String message) {
        super(message);
        this.pointer = null;
    }

    private ProgramFormatException(String pointer, String problem) {
        super(StrictJson.at(pointer, problem));
        this.pointer = pointer;
    }

    /**
     * @param pointer the JSON Pointer of the fault ({@code ""} for the whole document)
     * @param problem what is wrong there
     * @return an exception whose message is {@code at POINTER: PROBLEM}
     */
    public static ProgramFormatException at(String pointer, String problem) {
        return new ProgramFormatException(pointer, problem);
    }

    /** @return the JSON Pointer of the fault, or {@code null} when the fault is not in JSON */
    public String pointer() {
        return pointer;
    }
}
