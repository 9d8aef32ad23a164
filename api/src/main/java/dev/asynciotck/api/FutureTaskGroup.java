package dev.asynciotck.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The default {@link TaskGroup}: {@code asyncio/taskgroups.py}'s {@code TaskGroup} of CPython 3.13,
 * built only on its loop's tasks and futures. Leaving the block waits on a future that the last
 * task's done callback completes; the first failing task cancels the others and the parent task,
 * whose cancellation the group takes back ({@code uncancel}) when it leaves. (When a task fails after
 * its parent task is done, CPython also calls the loop's exception handler; this default does not.)
 *
 * <p>Clauses: {@code TASKGROUP-WAIT-1}, {@code TASKGROUP-ERROR-1}, {@code TASKGROUP-ERROR-2},
 * {@code TASKGROUP-CANCEL-1}, {@code TASKGROUP-CREATE-1}.
 */
public class FutureTaskGroup implements TaskGroup {

    private final EventLoop loop;
    private final Set<Future> tasks = new LinkedHashSet<>();
    private final Consumer<Future> onTaskDone = this::taskDone;
    private List<PythonException> errors = new ArrayList<>();
    private boolean entered;
    private boolean exiting;
    private boolean aborting;
    private boolean parentCancelRequested;
    private Task parentTask;
    private PythonException baseError;
    private Future onCompleted;

    /** @param loop the loop whose tasks it makes */
    public FutureTaskGroup(EventLoop loop) {
        this.loop = loop;
    }

    @Override
    public Awaitable enter() {
        return Steps.coroutine("TaskGroup.__aenter__", (v, e) -> {
            if (entered) {
                throw new RuntimeError("TaskGroup " + this + " has already been entered");
            }
            parentTask = loop.currentTask();
            if (parentTask == null) {
                throw new RuntimeError("TaskGroup " + this + " cannot determine the parent task");
            }
            entered = true;
            return Steps.done(this);
        });
    }

    @Override
    public Awaitable exit(PythonException error) {
        return Steps.coroutine("TaskGroup.__aexit__", (v, e) -> {
            exiting = true;
            if (error != null && isBaseError(error) && baseError == null) {
                baseError = error;
            }
            PythonException propagate = error != null && error.isInstanceOf(PyType.CANCELLED_ERROR) ? error : null;
            if (error != null && !aborting) {
                abort();
            }
            return awaitTasks(error, propagate);
        });
    }

    /** The loop of {@code __aexit__}: waits until no task is left, aborting if the wait is cancelled. */
    private Steps.Next awaitTasks(PythonException error, PythonException propagate) {
        if (tasks.isEmpty()) {
            return finish(error, propagate);
        }
        if (onCompleted == null) {
            onCompleted = loop.createFuture();
        }
        return Steps.await(onCompleted, (r, cancelled) -> {
            PythonException next = propagate;
            if (cancelled != null) {
                if (!cancelled.isInstanceOf(PyType.CANCELLED_ERROR)) {
                    throw cancelled;
                }
                if (!aborting) {
                    next = cancelled;
                    abort();
                }
            }
            onCompleted = null;
            return awaitTasks(error, next);
        });
    }

    /** The end of {@code __aexit__}, once every task is done. */
    private Steps.Next finish(PythonException error, PythonException propagate) {
        if (baseError != null) {
            throw baseError;
        }
        if (parentCancelRequested && parentTask.uncancel() == 0) {
            propagate = null;
        }
        if (propagate != null && errors.isEmpty()) {
            throw propagate;
        }
        if (error != null && !error.isInstanceOf(PyType.CANCELLED_ERROR)) {
            errors.add(error);
        }
        if (!errors.isEmpty()) {
            if (parentTask.cancelling() > 0) {
                parentTask.uncancel();
                parentTask.cancel(null);
            }
            List<PythonException> raised = errors;
            errors = new ArrayList<>();
            throw new ExceptionGroup("unhandled errors in a TaskGroup", raised);
        }
        return Steps.done(null);
    }

    @Override
    public Task createTask(Coroutine coroutine, String name) {
        if (!entered) {
            throw new RuntimeError("TaskGroup " + this + " has not been entered");
        }
        if (exiting && tasks.isEmpty()) {
            throw new RuntimeError("TaskGroup " + this + " is finished");
        }
        if (aborting) {
            throw new RuntimeError("TaskGroup " + this + " is shutting down");
        }
        Task task = loop.createTask(coroutine, name);
        if (task.done()) {
            taskDone(task);
        } else {
            tasks.add(task);
            task.addDoneCallback(onTaskDone);
        }
        return task;
    }

    private static boolean isBaseError(PythonException e) {
        return e.isInstanceOf(PyType.KEYBOARD_INTERRUPT);
    }

    private void abort() {
        aborting = true;
        for (Future t : List.copyOf(tasks)) {
            if (!t.done()) {
                t.cancel(null);
            }
        }
    }

    /** {@code _on_task_done}. */
    private void taskDone(Future task) {
        tasks.remove(task);
        if (onCompleted != null && tasks.isEmpty() && !onCompleted.done()) {
            onCompleted.setResult(Boolean.TRUE);
        }
        if (task.cancelled()) {
            return;
        }
        PythonException error = task.exception();
        if (error == null) {
            return;
        }
        errors.add(error);
        if (isBaseError(error) && baseError == null) {
            baseError = error;
        }
        if (parentTask.done()) {
            return;
        }
        if (!aborting && !parentCancelRequested) {
            abort();
            parentCancelRequested = true;
            parentTask.cancel(null);
        }
    }

    /** asyncio's repr, which its messages show: {@code <TaskGroup tasks=1 errors=1 cancelling>}. */
    @Override
    public String toString() {
        StringBuilder info = new StringBuilder("<TaskGroup");
        if (!tasks.isEmpty()) {
            info.append(" tasks=").append(tasks.size());
        }
        if (!errors.isEmpty()) {
            info.append(" errors=").append(errors.size());
        }
        if (aborting) {
            info.append(" cancelling");
        } else if (entered) {
            info.append(" entered");
        }
        return info.append('>').toString();
    }
}
