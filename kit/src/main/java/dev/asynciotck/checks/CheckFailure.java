package dev.asynciotck.checks;

/** A check failed: the message in full for people, the {@link Failure} for the run's summary. */
public final class CheckFailure extends AssertionError implements Failure.Carrier {

    private static final long serialVersionUID = 1L;

    private final transient Failure failure;

    /**
     * @param message  the report in full: clauses, program, traces, divergence, saved case
     * @param failure  which clauses broke, and why in one line
     */
    public CheckFailure(String message, Failure failure) {
        super(message);
        this.failure = failure;
    }

    @Override
    public Failure failure() {
        return failure;
    }
}
