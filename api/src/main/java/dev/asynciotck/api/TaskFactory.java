package dev.asynciotck.api;

/**
 * asyncio's task factory ({@code loop.set_task_factory(factory)}): what {@link EventLoop#createTask}
 * calls, with the loop and the coroutine, to make a task. The task it returns is what
 * {@code create_task} returns; a name given to {@code create_task} is then set on it with
 * {@link Task#setName}.
 *
 * <p>Clauses: {@code TASK-FACTORY-1}, {@code TASK-FACTORY-2}, {@code TASK-EAGER-1},
 * {@code TASK-EAGER-2}.
 */
@FunctionalInterface
public interface TaskFactory {

    /**
     * asyncio's {@code eager_task_factory} (Python 3.12+): a task whose first step runs at once,
     * inside {@code create_task}, when the loop is running ({@link EventLoop#newTask} with
     * {@code eagerStart}).
     *
     * <p>Clauses: {@code TASK-EAGER-1}, {@code TASK-EAGER-2}.
     */
    TaskFactory EAGER = (loop, coroutine) -> loop.newTask(coroutine, null, true);

    /**
     * @param loop      the loop whose {@code create_task} was called
     * @param coroutine the coroutine to wrap
     * @return the task
     */
    Task create(EventLoop loop, Coroutine coroutine);
}
