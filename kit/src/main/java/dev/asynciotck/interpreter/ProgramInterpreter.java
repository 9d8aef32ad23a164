package dev.asynciotck.interpreter;

import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.EventLoopFactory;
import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.program.Program;
import dev.asynciotck.trace.Trace;
import dev.asynciotck.trace.TraceValue;

import java.util.HashMap;

/**
 * Runs a program of the scenario language on any implementation of the Java API, on the calling
 * thread, and returns its trace.
 *
 * <p>{@code main} runs outside the loop; the loop runs only inside the {@code run_forever} and
 * {@code run_until_complete} calls the program makes. If {@code main} raises a Python exception,
 * the trace ends with it. Exceptions of another kind thrown by the implementation (a Java bug such
 * as a {@code NullPointerException}) also end the trace, named by their Java class, so they show
 * up in the diff. At the end, every loop the program created that is not running is closed.
 */
public final class ProgramInterpreter {

    private ProgramInterpreter() {
    }

    /**
     * @param program the program
     * @param factory the implementation under test
     * @param options how to build its loops
     * @return the trace
     * @throws InvalidProgramException when the program uses something the language does not have
     * @throws LoopDeviationException   when the loop returned an object of another kind than asyncio documents
     * @throws StepBudgetException      when the program's loops ran past their step budget
     */
    public static Trace run(Program program, EventLoopFactory factory, LoopOptions options) {
        return run(program, factory, options, stop -> { });
    }

    /**
     * {@link #run(Program, EventLoopFactory, LoopOptions)}, telling the caller how to end the run
     * from another thread: what {@code stopper} gets, before the program starts, asks the program's
     * running loops to stop (thread-safely), so that a program past its budget ends and its loops
     * are closed, with the sockets they hold.
     *
     * @param program the program
     * @param factory the implementation under test
     * @param options how to build its loops
     * @param stopper is given what stops the program's loops
     * @return the trace
     */
    public static Trace run(Program program, EventLoopFactory factory, LoopOptions options,
                            java.util.function.Consumer<Runnable> stopper) {
        Session session = new Session(program, factory, options);
        stopper.accept(session::stopFromOutside);
        TraceValue.Error raised = null;
        try {
            CoroutineStep step = new Machine(session, program.main(), new HashMap<>()).resume(null);
            if (step instanceof CoroutineStep.Suspended) {
                throw new InvalidProgramException("'await' outside an async function");
            }
        } catch (InvalidProgramException e) {
            session.fail(e);
        } catch (LoopDeviationException e) {
            session.deviate(e);
        } catch (StepBudgetException e) {
            // kept by the session
        } catch (PythonException e) {
            raised = session.encodeError(e);
        } catch (RuntimeException e) {
            raised = session.encodeError(e);
        } finally {
            try {
                session.closeLoops();
            } catch (RuntimeException e) {
                if (raised == null) {
                    raised = session.encodeError(e);
                }
            }
        }
        if (session.programError() != null) {
            throw new InvalidProgramException(session.programError().getMessage());
        }
        if (session.deviation() != null) {
            throw session.deviation();
        }
        if (session.stepsRanOut() != null) {
            throw session.stepsRanOut();
        }
        return new Trace(session.events(), raised);
    }
}
