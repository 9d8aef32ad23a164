package dev.asynciotck.checks;

import org.opentest4j.TestAbortedException;

/**
 * A check failed as the run's expectations file says it does: reported as aborted (skipped), with
 * the entry that expected it, the report in full and the {@link Failure}.
 */
public final class ExpectedFailure extends TestAbortedException implements Failure.Carrier {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    /**
     * @param message the entry that expected it, then the report in full
     * @param failure which clauses broke, and why in one line
     */
    public ExpectedFailure(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    @Override
    public Failure failure() {
        return failure;
    }
}
