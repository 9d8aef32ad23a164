package dev.asynciotck.interpreter;

import dev.asynciotck.api.ExceptionGroup;
import dev.asynciotck.api.TaskGroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Task groups and the exception groups they raise: the methods of a {@code TaskGroup}, the
 * {@code exceptions} of an {@code ExceptionGroup}, and {@code asyncio.TaskGroup()}.
 */
final class TaskGroupMethods {

    static final Map<String, Methods.Body<Object>> TASK_GROUP = Methods.table(TaskGroup.class, null)
            .with("create_task", (s, g, a) -> Methods.createTask(a, (c, name, context) -> {
                if (context != null) {
                    throw new InvalidProgramException("TaskGroup.create_task(context=...) is not in the scenario language");
                }
                return g.createTask(c, name);
            })).build();

    static final Map<String, Methods.Body<Object>> EXCEPTION_GROUP = Methods.table(ExceptionGroup.class, null)
            .with("exceptions", (s, g, a) -> new PyTuple(List.copyOf(g.exceptions()))).build();

    private TaskGroupMethods() {
    }

    /** {@code asyncio.TaskGroup()}. */
    static Object newTaskGroup(Session s, Object module, Args a) {
        a.noMoreThan(0);
        return s.currentLoop().newTaskGroup();
    }

    /** {@code ExceptionGroup(message, exceptions)}. */
    static ExceptionGroup newExceptionGroup(Args a) {
        Object message = a.required(0, "message");
        Object exceptions = a.required(1, "exceptions");
        a.noMoreThan(2);
        List<dev.asynciotck.api.PythonException> list = new ArrayList<>();
        for (Object e : Values.iterate(exceptions)) {
            if (!(e instanceof dev.asynciotck.api.PythonException pe)) {
                throw new InvalidProgramException("ExceptionGroup(message, exceptions): the exceptions of the scenario"
                        + " language are exceptions, got " + PyOps.typeName(e));
            }
            list.add(pe);
        }
        return new ExceptionGroup(Values.str(message), list);
    }
}
