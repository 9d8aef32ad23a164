package dev.asynciotck.interpreter;

import dev.asynciotck.api.Awaitable;
import dev.asynciotck.api.EventLoop;
import dev.asynciotck.api.Timeout;
import dev.asynciotck.api.TypeError;

import java.util.Map;

/**
 * The timeouts and their composition: the methods of a {@code Timeout} and the asyncio functions
 * {@code timeout}, {@code timeout_at}, {@code Timeout}, {@code wait_for} and {@code shield}, each
 * made by the loop running.
 */
final class TimeoutMethods {

    static final Map<String, Methods.Body<Object>> TIMEOUT = Methods.table(Timeout.class, null)
            .with("when", (s, t, a) -> {
                a.noMoreThan(0);
                return t.when();
            })
            .with("reschedule", (s, t, a) -> {
                Object when = a.required(0, "when");
                a.noMoreThan(1);
                t.reschedule(deadline("reschedule", when));
                return null;
            })
            .with("expired", (s, t, a) -> {
                a.noMoreThan(0);
                return t.expired();
            }).build();

    private TimeoutMethods() {
    }

    /** {@code asyncio.timeout(delay)}: a timeout at {@code loop.time() + delay}, or none. */
    static Object timeout(Session s, Object module, Args a) {
        Object delay = a.required(0, "delay");
        a.noMoreThan(1);
        EventLoop loop = Methods.running(s);
        Double d = deadline("timeout", delay);
        return loop.newTimeout(d == null ? null : loop.time() + d);
    }

    /** {@code asyncio.timeout_at(when)} and {@code asyncio.Timeout(when)}: a timeout at {@code when}. */
    static Object timeoutAt(Session s, Args a, String function) {
        Object when = a.required(0, "when");
        a.noMoreThan(1);
        return s.currentLoop().newTimeout(deadline(function, when));
    }

    /** {@code asyncio.wait_for(aw, timeout)}. */
    static Object waitFor(Session s, Object module, Args a) {
        Object aw = a.required(0, "fut");
        Object timeout = a.required(1, "timeout");
        a.noMoreThan(2);
        return Methods.loopOf(s, aw).waitFor(awaitable(aw), deadline("wait_for", timeout));
    }

    /** The name of {@code asyncio.as_completed}: the vocabulary says what async for over its result gives. */
    static final String AS_COMPLETED = "as_completed";

    /** {@code asyncio.as_completed(aws, timeout=None)}: the loop's iterator over the completions of {@code aws}. */
    static Object asCompleted(Session s, Object module, Args a) {
        Object aws = a.required(0, "fs");
        Object timeout = a.optional(1, "timeout", null);
        a.noMoreThan(2);
        if (aws instanceof Awaitable) {
            throw new TypeError("expects an iterable of awaitables, not " + PyOps.typeName(aws));
        }
        return s.currentLoop().asCompleted(Values.iterate(aws), deadline(AS_COMPLETED, timeout));
    }

    /** {@code asyncio.shield(aw)}. */
    static Object shield(Session s, Object module, Args a) {
        Object aw = a.required(0, "arg");
        a.noMoreThan(1);
        return Methods.loopOf(s, aw).shield(awaitable(aw));
    }

    private static Double deadline(String function, Object value) {
        return value == null ? null : Methods.number(function, value);
    }

    private static Awaitable awaitable(Object value) {
        if (value instanceof Awaitable aw) {
            return aw;
        }
        throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
    }
}
