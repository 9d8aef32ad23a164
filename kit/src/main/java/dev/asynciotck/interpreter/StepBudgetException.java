package dev.asynciotck.interpreter;

/**
 * The program's {@code for} and {@code while} loops took more iterations in all than the
 * vocabulary's {@code step_budget}: the run ends as a timeout (a condition the loop under test
 * should have changed never did), whatever the program does with it. Never a Python exception, so
 * no {@code except} clause of the program catches it.
 */
public final class StepBudgetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param budget the step budget that ran out */
    public StepBudgetException(int budget) {
        super("the program's loops ran past their step budget of " + budget
                + " iterations (a for or while kept going: a condition the loop should have changed did not)");
    }
}
