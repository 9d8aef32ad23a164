package dev.asynciotck.api;

/**
 * {@code asyncio.TaskGroup()} (3.11+): an asynchronous context manager whose tasks are all done
 * when the block is left. The first task that fails cancels the others and the body; the errors
 * then leave the block as one {@link ExceptionGroup}.
 *
 * <p>A {@code KeyboardInterrupt} from the body or a task leaves the block as it is, after the
 * other tasks are cancelled and done; a cancellation from outside that comes with a failure leaves
 * as the {@link ExceptionGroup} and stays pending (3.13).
 *
 * <p>Clauses: {@code TASKGROUP-WAIT-1}, {@code TASKGROUP-ERROR-1}, {@code TASKGROUP-ERROR-2},
 * {@code TASKGROUP-ERROR-3}, {@code TASKGROUP-CANCEL-1}, {@code TASKGROUP-CANCEL-2},
 * {@code TASKGROUP-CANCEL-3}, {@code TASKGROUP-CREATE-1}.
 */
public interface TaskGroup extends AsyncContextManager {

    /**
     * {@code create_task(coro, name=None)}: a task of the group's loop, which the block waits for.
     *
     * <p>Clauses: {@code TASKGROUP-WAIT-1}, {@code TASKGROUP-CREATE-1}.
     *
     * @param coroutine the coroutine
     * @param name      the task's name, or {@code null}
     * @return the task
     * @throws PythonException {@code RuntimeError} when the group has not been entered, is finished
     *                         or is shutting down after a failure
     */
    Task createTask(Coroutine coroutine, String name);
}
