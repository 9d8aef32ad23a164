package dev.asynciotck.properties;

import dev.asynciotck.expectations.Expectation;
import dev.asynciotck.expectations.ExpectationLedger;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

import java.util.Optional;
import java.util.TreeSet;

/**
 * Holds each property against the run's expectations file ({@code -Dtck.expectations}): a
 * property that does not hold and that an entry covers (by its clause tags, or by its display
 * name) is an expected failure, reported as skipped with the entry's reason; a property that holds
 * counts against the entries that cover it (see {@link ExpectationLedger#checkAtEndOfRun()}). Any
 * other failure is reported with the property's clause ids first, as a failing scenario is.
 */
public final class ExpectationsExtension implements BeforeTestExecutionCallback, TestExecutionExceptionHandler,
        AfterTestExecutionCallback {

    /** The property running on this thread: its display name and tags. */
    private static final ThreadLocal<ExtensionContext> CURRENT = new ThreadLocal<>();

    /**
     * @return the entry that expects the property running on this thread to fail, if any (a
     *         failing property that is expected to fail is not shrunk: the time goes to other checks)
     */
    static Optional<Expectation> expectedFailureOfCurrent() {
        ExtensionContext context = CURRENT.get();
        return context == null ? Optional.empty()
                : ExpectationLedger.forChecks().expectations().covering(context.getDisplayName(), context.getTags());
    }

    /** @return the property running on this thread, if any (its class and method, display name and tags) */
    static Optional<ExtensionContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        CURRENT.set(context);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (!(thrown instanceof AssertionError)) {
            throw thrown;
        }
        Optional<Expectation> expected = ExpectationLedger.forChecks().failed(context.getDisplayName(), context.getTags());
        if (expected.isEmpty()) {
            throw new AssertionError("clause " + String.join(", ", new TreeSet<>(context.getTags())) + " — "
                    + thrown.getMessage(), thrown);
        }
        throw new TestAbortedException("expected failure, " + expected.get().describe() + " ["
                + expected.get().location() + "]\n" + thrown.getMessage(), thrown);
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        CURRENT.remove();
        if (context.getExecutionException().isEmpty()) {
            ExpectationLedger.forChecks().passed(context.getDisplayName(), context.getTags());
        }
    }

}
