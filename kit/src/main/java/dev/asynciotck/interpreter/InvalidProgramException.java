package dev.asynciotck.interpreter;

/**
 * The program asked for something the scenario language does not have (an unknown name or
 * method, a wrong number of arguments…). This is a fault of the program, never of the loop, and
 * a program cannot catch it.
 */
public final class InvalidProgramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the construct */
    public InvalidProgramException(String message) {
        super(message);
    }
}
