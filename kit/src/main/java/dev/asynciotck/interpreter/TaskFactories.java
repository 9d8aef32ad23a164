package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TaskFactory;
import dev.asynciotck.api.TypeError;

import java.util.List;
import java.util.Map;

/**
 * Task factories between the language and the API: a program's function, or
 * {@code asyncio.eager_task_factory}, passed to {@code loop.set_task_factory}, and what
 * {@code loop.get_task_factory()} gives back.
 */
final class TaskFactories {

    /** The name of asyncio's eager factory in the vocabulary. */
    static final String EAGER = "eager_task_factory";

    private TaskFactories() {
    }

    /**
     * @param value {@code None}, a program function, or {@code asyncio.eager_task_factory}
     * @return the API's factory, or {@code null} for the default
     * @throws TypeError {@code task factory must be a callable or None} (asyncio's message)
     */
    static TaskFactory toApi(Session session, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BoundMethod m && m.self() == AsyncioModule.INSTANCE && m.name().equals(EAGER)) {
            return TaskFactory.EAGER;
        }
        if (value instanceof FunctionValue || value instanceof BoundMethod) {
            return new ProgramFactory(session, value);
        }
        throw new TypeError("task factory must be a callable or None");
    }

    /** @return the language's value of a factory the loop holds */
    static Object fromApi(TaskFactory factory) {
        if (factory == TaskFactory.EAGER) {
            return new BoundMethod(AsyncioModule.INSTANCE, EAGER);
        }
        if (factory instanceof ProgramFactory p) {
            return p.fn();
        }
        return factory;
    }

    /** A function of the program as a task factory: called with the loop and the coroutine, it returns a task. */
    private record ProgramFactory(Session session, Object fn) implements TaskFactory {
        @Override
        public Task create(EventLoop loop, Coroutine coroutine) {
            Object made = session.calls.call(fn, List.of(loop, coroutine), Map.of());
            if (made instanceof Task task) {
                return task;
            }
            throw new InvalidProgramException("a task factory of the scenario language returns a task (asyncio.Task("
                    + "coro, loop=loop) or another factory's), got " + PyOps.repr(made));
        }
    }
}
