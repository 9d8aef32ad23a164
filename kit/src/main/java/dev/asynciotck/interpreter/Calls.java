package dev.asynciotck.interpreter;

import dev.asynciotck.api.CoroutineStep;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.program.ClassDef;
import dev.asynciotck.program.FunctionDef;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Calls run-time values: program functions, methods, builtins and exception types. */
final class Calls {

    private final Session session;

    Calls(Session session) {
        this.session = session;
    }

    Object call(Object fn, List<Object> args, Map<String, Object> kwargs) {
        if (fn instanceof FunctionValue f) {
            return callFunction(f.def(), args, kwargs);
        }
        if (fn instanceof ProgramMethod m) {
            List<Object> withSelf = new ArrayList<>(args.size() + 1);
            withSelf.add(m.self());
            withSelf.addAll(args);
            return callFunction(m.method(), withSelf, kwargs);
        }
        if (fn instanceof ClassValue c) {
            return instantiate(c.def(), args, kwargs);
        }
        if (fn instanceof BoundMethod m) {
            return Methods.invoke(session, m.self(), m.name(), new Args(m.name(), args, kwargs));
        }
        if (fn instanceof Builtin b) {
            return b.body().call(args, kwargs);
        }
        if (fn instanceof ExceptionClass c && c.type() == PyType.EXCEPTION_GROUP) {
            return TaskGroupMethods.newExceptionGroup(new Args(c.type().pythonName(), args, kwargs));
        }
        if (fn instanceof ExceptionClass c) {
            Args a = new Args(c.type().pythonName(), args, kwargs);
            Object message = a.optional(0, "message", "");
            a.noMoreThan(1);
            return PythonException.of(c.type(), Values.str(message));
        }
        throw new TypeError("'" + PyOps.typeName(fn) + "' object is not callable");
    }

    /**
     * Calls {@code fn(*args)} for the loop (a callback, a protocol's method) and returns its value;
     * an invalid program or a loop's deviation is remembered before it propagates, since the loop
     * may catch it.
     */
    Object callFromLoop(Object fn, List<Object> args) {
        return callFromThread(fn, args, Map.of());
    }

    /**
     * Calls {@code fn(*args, **kwargs)} for the loop or on another thread (an executor's), as
     * {@link #callFromLoop}.
     */
    Object callFromThread(Object fn, List<Object> args, Map<String, Object> kwargs) {
        try {
            return call(fn, args, kwargs);
        } catch (InvalidProgramException e) {
            session.fail(e);
            throw e;
        } catch (LoopDeviationException e) {
            session.deviate(e);
            throw e;
        }
    }

    void checkCallable(Object fn) {
        if (!isCallable(fn)) {
            throw new InvalidProgramException("a callback must be a function of the program or a method, got "
                    + PyOps.repr(fn));
        }
    }

    /** @return whether {@code fn} can be called: a function or class of the program, a method, a builtin, an exception type */
    static boolean isCallable(Object fn) {
        return fn instanceof FunctionValue || fn instanceof BoundMethod || fn instanceof Builtin
                || fn instanceof ExceptionClass || fn instanceof ProgramMethod || fn instanceof ClassValue;
    }

    /** {@code C(*args)}: a new instance, passed to {@code __init__} when the class defines it. */
    private ProgramObject instantiate(ClassDef def, List<Object> args, Map<String, Object> kwargs) {
        ProgramObject instance = new ProgramObject(session, def);
        FunctionDef init = def.method("__init__");
        if (init == null) {
            if (!args.isEmpty() || !kwargs.isEmpty()) {
                throw new TypeError(def.name() + "() takes no arguments");
            }
            return instance;
        }
        Object returned = call(new ProgramMethod(instance, init), args, kwargs);
        if (returned != null) {
            throw new TypeError("__init__() should return None, not '" + PyOps.typeName(returned) + "'");
        }
        return instance;
    }

    private Object callFunction(FunctionDef def, List<Object> args, Map<String, Object> kwargs) {
        List<String> params = def.params();
        if (args.size() > params.size()) {
            throw new InvalidProgramException(def.name() + "() takes " + params.size()
                    + " positional argument(s) but " + args.size() + " were given");
        }
        Map<String, Object> locals = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            locals.put(params.get(i), args.get(i));
        }
        for (Map.Entry<String, Object> k : kwargs.entrySet()) {
            if (!params.contains(k.getKey())) {
                throw new InvalidProgramException(def.name() + "() got an unexpected keyword argument '" + k.getKey() + "'");
            }
            if (locals.containsKey(k.getKey())) {
                throw new InvalidProgramException(def.name() + "() got multiple values for argument '" + k.getKey() + "'");
            }
            locals.put(k.getKey(), k.getValue());
        }
        for (int i = 0; i < params.size(); i++) {
            if (!locals.containsKey(params.get(i))) {
                if (def.defaultOf(i) == null) {
                    throw new InvalidProgramException(def.name() + "() missing required argument '" + params.get(i) + "'");
                }
                locals.put(params.get(i), def.defaultOf(i).value());
            }
        }
        if (def.async()) {
            return session.asyncGenerator(def) ? new ProgramAsyncGenerator(session, def, locals)
                    : new ProgramCoroutine(session, def, locals);
        }
        CoroutineStep step = new Machine(session, def.body(), locals).resume(null);
        if (step instanceof CoroutineStep.Returned r) {
            return r.value();
        }
        throw new InvalidProgramException(def.name() + "() is not async but awaited");
    }
}
