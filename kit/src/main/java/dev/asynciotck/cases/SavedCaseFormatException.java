package dev.asynciotck.cases;

/** A file that is not a saved case; the message names the file, the JSON Pointer and the problem. */
public final class SavedCaseFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public SavedCaseFormatException(String message) {
        super(message);
    }
}
