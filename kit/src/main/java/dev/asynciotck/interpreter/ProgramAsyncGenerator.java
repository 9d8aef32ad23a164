package dev.asynciotck.interpreter;

import dev.asynciotck.api.AsyncGenerator;
import dev.asynciotck.api.Awaitable;
import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.RunningLoop;
import dev.asynciotck.api.RuntimeError;
import dev.asynciotck.program.FunctionDef;

import java.util.Map;

/**
 * The asynchronous generator object made by calling an {@code async def} of the program that
 * yields. Its {@code __anext__()} and {@code aclose()} are awaitables that run its body up to the
 * next {@code yield}, as CPython's {@code async_generator_asend} and {@code async_generator_athrow}
 * do; the messages are CPython's (the same from 3.10 to 3.13).
 */
final class ProgramAsyncGenerator implements AsyncGenerator {

    private enum State { CREATED, SUSPENDED, CLOSED }

    private final FunctionDef def;
    private final Machine machine;
    private State state = State.CREATED;
    private boolean running;
    private boolean hooksCalled;

    ProgramAsyncGenerator(Session session, FunctionDef def, Map<String, Object> locals) {
        this.def = def;
        this.machine = new Machine(session, def.body(), locals);
    }

    @Override
    public Awaitable anext() {
        firstIteration();
        return new Step("__anext__", false);
    }

    @Override
    public Awaitable aclose() {
        firstIteration();
        return new Step("aclose", true);
    }

    /**
     * As CPython does when a generator's first {@code __anext__()} or {@code aclose()} is made:
     * calls the {@code firstiter} hook of the loop running on this thread, if any.
     */
    private void firstIteration() {
        if (!hooksCalled) {
            hooksCalled = true;
            EventLoop loop = RunningLoop.get();
            if (loop != null) {
                loop.asyncgenFirstIter(this);
            }
        }
    }

    @Override
    public String toString() {
        return "<async_generator object " + def.name() + ">";
    }

    /** One awaitable of the generator: a {@code __anext__()} or an {@code aclose()}. */
    private final class Step implements Coroutine {
        private final String method;
        private final boolean closing;
        private boolean started;
        private boolean done;

        Step(String method, boolean closing) {
            this.method = method;
            this.closing = closing;
        }

        @Override
        public CoroutineStep send(Object value) {
            return advance(null);
        }

        @Override
        public CoroutineStep throwInto(PythonException error) {
            return advance(error);
        }

        private CoroutineStep advance(PythonException thrown) {
            if (done) {
                throw new RuntimeError("cannot reuse already awaited " + (closing ? "aclose()/athrow()" : "__anext__()/asend()"));
            }
            if (!started) {
                started = true;
                if (running) {
                    done = true;
                    throw new RuntimeError((closing ? "aclose()" : "anext()") + ": asynchronous generator is already running");
                }
                if (state == State.CLOSED || closing && state == State.CREATED) {
                    state = State.CLOSED;
                    done = true;
                    if (closing) {
                        return new CoroutineStep.Returned(null);
                    }
                    throw PythonException.of(PyType.STOP_ASYNC_ITERATION, "");
                }
                if (closing && thrown == null) {
                    thrown = PythonException.of(PyType.GENERATOR_EXIT, "");
                }
            }
            running = true;
            CoroutineStep step;
            try {
                step = machine.resume(thrown);
            } catch (PythonException e) {
                finish();
                if (closing && (e.isInstanceOf(PyType.GENERATOR_EXIT) || e.isInstanceOf(PyType.STOP_ASYNC_ITERATION))) {
                    return new CoroutineStep.Returned(null);
                }
                if (e.isInstanceOf(PyType.STOP_ASYNC_ITERATION)) {
                    throw new RuntimeError("async generator raised StopAsyncIteration");
                }
                throw e;
            } catch (RuntimeException e) {
                finish();
                throw e;
            }
            if (step instanceof CoroutineStep.Suspended) {
                return step;
            }
            running = false;
            done = true;
            if (machine.takeYielded()) {
                state = State.SUSPENDED;
                if (closing) {
                    throw new RuntimeError("async generator ignored GeneratorExit");
                }
                return step;
            }
            state = State.CLOSED;
            if (closing) {
                return step;
            }
            throw PythonException.of(PyType.STOP_ASYNC_ITERATION, "");
        }

        private void finish() {
            running = false;
            done = true;
            state = State.CLOSED;
        }

        @Override
        public String name() {
            return def.name() + "." + method;
        }

        @Override
        public String toString() {
            return "<" + (closing ? "async_generator_athrow" : "async_generator_asend") + " object>";
        }
    }
}
