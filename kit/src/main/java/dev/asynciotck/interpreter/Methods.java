package dev.asynciotck.interpreter;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.Handle;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.ReturnWhen;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.api.Task;
import dev.asynciotck.api.TimerHandle;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;

import java.util.Collection;
import java.util.List;

/** The methods of loops, handles, futures, tasks and the asyncio module, mapped onto the API. */
final class Methods {

    private Methods() {
    }

    static Object invoke(Session session, Object self, String name, Args a) {
        if (self == AsyncioModule.INSTANCE) {
            return asyncio(session, name, a);
        }
        if (self instanceof EventLoop loop) {
            return loop(session, loop, name, a);
        }
        if (self instanceof Future future) {
            return future(session, future, name, a);
        }
        if (self instanceof Handle handle) {
            return handle(handle, name, a);
        }
        throw new InvalidProgramException("no method '" + name + "' on " + PyOps.typeName(self));
    }

    private static Object loop(Session session, EventLoop loop, String name, Args a) {
        switch (name) {
            case "time":
                a.noMoreThan(0);
                return loop.time();
            case "call_soon":
                return loop.callSoon(session.callback(a.required(0, "callback"), List.copyOf(a.from(1))));
            case "call_soon_threadsafe":
                return loop.callSoonThreadsafe(session.callback(a.required(0, "callback"), List.copyOf(a.from(1))));
            case "call_later": {
                double delay = number(name, a.required(0, "delay"));
                return loop.callLater(delay, session.callback(a.required(1, "callback"), List.copyOf(a.from(2))));
            }
            case "call_at": {
                double when = number(name, a.required(0, "when"));
                return loop.callAt(when, session.callback(a.required(1, "callback"), List.copyOf(a.from(2))));
            }
            case "run_forever":
                a.noMoreThan(0);
                loop.runForever();
                return null;
            case "run_until_complete": {
                Object future = a.required(0, "future");
                a.noMoreThan(1);
                return Values.fromApi(loop.runUntilComplete(future));
            }
            case "stop":
                a.noMoreThan(0);
                loop.stop();
                return null;
            case "close":
                a.noMoreThan(0);
                loop.close();
                return null;
            case "is_running":
                a.noMoreThan(0);
                return loop.isRunning();
            case "is_closed":
                a.noMoreThan(0);
                return loop.isClosed();
            case "create_future":
                a.noMoreThan(0);
                return loop.createFuture();
            case "create_task": {
                Object coro = a.required(0, "coro");
                Object taskName = a.keyword("name", null);
                a.noMoreThan(1);
                if (!(coro instanceof Coroutine c)) {
                    throw new TypeError("a coroutine was expected, got " + PyOps.repr(coro));
                }
                return loop.createTask(c, taskName == null ? null : Values.str(taskName));
            }
            default:
                throw new InvalidProgramException("no method '" + name + "' on the loop");
        }
    }

    private static Object handle(Handle handle, String name, Args a) {
        a.noMoreThan(0);
        switch (name) {
            case "cancel":
                handle.cancel();
                return null;
            case "cancelled":
                return handle.cancelled();
            case "when":
                return ((TimerHandle) handle).when();
            default:
                throw new InvalidProgramException("no method '" + name + "' on a handle");
        }
    }

    private static Object future(Session session, Future future, String name, Args a) {
        switch (name) {
            case "result":
                a.noMoreThan(0);
                return Values.fromApi(future.result());
            case "exception":
                a.noMoreThan(0);
                return future.exception();
            case "done":
                a.noMoreThan(0);
                return future.done();
            case "cancelled":
                a.noMoreThan(0);
                return future.cancelled();
            case "cancel": {
                Object msg = a.optional(0, "msg", null);
                a.noMoreThan(1);
                return future.cancel(msg == null ? null : Values.str(msg));
            }
            case "set_result": {
                Object result = a.required(0, "result");
                a.noMoreThan(1);
                future.setResult(result);
                return null;
            }
            case "set_exception": {
                Object exception = a.required(0, "exception");
                a.noMoreThan(1);
                future.setException(exception(exception));
                return null;
            }
            case "add_done_callback": {
                Object fn = a.required(0, "fn");
                a.noMoreThan(1);
                future.addDoneCallback(session.doneCallback(fn));
                return null;
            }
            case "remove_done_callback": {
                Object fn = a.required(0, "fn");
                a.noMoreThan(1);
                return (long) future.removeDoneCallback(session.doneCallback(fn));
            }
            default:
                return task((Task) future, name, a);
        }
    }

    private static Object task(Task task, String name, Args a) {
        a.noMoreThan(0);
        switch (name) {
            case "get_name":
                return task.getName();
            case "cancelling":
                return (long) task.cancelling();
            case "uncancel":
                return (long) task.uncancel();
            default:
                throw new InvalidProgramException("no method '" + name + "' on a task");
        }
    }

    private static Object asyncio(Session session, String name, Args a) {
        switch (name) {
            case "sleep": {
                double delay = number(name, a.required(0, "delay"));
                Object result = a.optional(1, "result", null);
                a.noMoreThan(2);
                return session.currentLoop().sleep(delay, result);
            }
            case "gather": {
                boolean returnExceptions = PyOps.truthy(a.keyword("return_exceptions", false));
                a.noUnknownKeywords();
                List<Object> children = List.copyOf(a.from(0));
                EventLoop loop = session.currentLoop();
                for (Object child : children) {
                    if (child instanceof Future f) {
                        loop = f.loop();
                        break;
                    }
                }
                return loop.gather(children, returnExceptions);
            }
            case "wait": {
                Object fs = a.required(0, "fs");
                Object timeout = a.optional(1, "timeout", null);
                Object returnWhen = a.optional(2, "return_when", "ALL_COMPLETED");
                a.noMoreThan(3);
                if (fs instanceof Future) {
                    throw new TypeError("expect a list of futures, not " + PyOps.typeName(fs));
                }
                Collection<Object> items = Values.iterate(fs);
                ReturnWhen when = returnWhen(returnWhen);
                Double seconds = timeout == null ? null : number(name, timeout);
                return session.currentLoop().wait(items, seconds, when);
            }
            case "current_task": {
                a.noMoreThan(0);
                EventLoop running = session.runningLoop();
                if (running == null) {
                    throw new RuntimeError("no running event loop");
                }
                return running.currentTask();
            }
            default:
                throw new InvalidProgramException("no function '" + name + "' in module asyncio");
        }
    }

    private static ReturnWhen returnWhen(Object v) {
        if (v instanceof String s) {
            for (ReturnWhen w : ReturnWhen.values()) {
                if (w.name().equals(s)) {
                    return w;
                }
            }
        }
        throw new ValueError("Invalid return_when value: " + Values.str(v));
    }

    private static PythonException exception(Object v) {
        if (v instanceof PythonException e) {
            return e;
        }
        if (v instanceof ExceptionClass c) {
            return PythonException.of(c.type(), "");
        }
        throw new TypeError("exceptions must derive from BaseException");
    }

    private static double number(String function, Object v) {
        if (!PyOps.isNumber(v)) {
            throw Builtins.notANumber(function, v);
        }
        return PyOps.toDouble(v);
    }
}
