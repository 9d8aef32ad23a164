package dev.asynciotck.interpreter;

import dev.asynciotck.api.Acquirable;
import dev.asynciotck.api.Barrier;
import dev.asynciotck.api.Condition;
import dev.asynciotck.api.Event;
import dev.asynciotck.api.Lock;
import dev.asynciotck.api.Semaphore;

import java.util.List;
import java.util.Map;

/**
 * The methods of the synchronisation primitives of the vocabulary (Lock, Event, Semaphore,
 * Condition) and the asyncio classes that make them, each made by the loop running (else the
 * program's loop).
 */
final class SyncMethods {

    /** acquire, release and locked: the same on a Lock, a Semaphore and a Condition. */
    private static <T extends Acquirable> Methods.Table<T> acquirable(Class<T> type) {
        return Methods.table(type, null)
                .with("acquire", (s, l, a) -> {
                    a.noMoreThan(0);
                    return l.acquire();
                })
                .with("release", (s, l, a) -> {
                    a.noMoreThan(0);
                    l.release();
                    return null;
                })
                .with("locked", (s, l, a) -> {
                    a.noMoreThan(0);
                    return l.locked();
                });
    }

    static final Map<String, Methods.Body<Object>> LOCK = acquirable(Lock.class).build();

    static final Map<String, Methods.Body<Object>> SEMAPHORE = acquirable(Semaphore.class).build();

    static final Map<String, Methods.Body<Object>> CONDITION = acquirable(Condition.class)
            .with("wait", (s, c, a) -> {
                a.noMoreThan(0);
                return c.waitNotified();
            })
            .with("wait_for", (s, c, a) -> {
                Object predicate = a.required(0, "predicate");
                a.noMoreThan(1);
                s.calls.checkCallable(predicate);
                return c.waitFor(() -> s.calls.call(predicate, List.of(), Map.of()), PyOps::truthy);
            })
            .with("notify", (s, c, a) -> {
                Object n = a.optional(0, "n", 1L);
                a.noMoreThan(1);
                if (!(n instanceof Long count)) {
                    throw new InvalidProgramException("notify(n): n is an int in the scenario language, got "
                            + PyOps.typeName(n));
                }
                c.notifyWaiters(count);
                return null;
            })
            .with("notify_all", (s, c, a) -> {
                a.noMoreThan(0);
                c.notifyAllWaiters();
                return null;
            }).build();

    static final Map<String, Methods.Body<Object>> EVENT = Methods.table(Event.class, null)
            .with("wait", (s, e, a) -> {
                a.noMoreThan(0);
                return e.waitSet();
            })
            .with("set", (s, e, a) -> {
                a.noMoreThan(0);
                e.set();
                return null;
            })
            .with("clear", (s, e, a) -> {
                a.noMoreThan(0);
                e.clear();
                return null;
            })
            .with("is_set", (s, e, a) -> {
                a.noMoreThan(0);
                return e.isSet();
            }).build();

    static final Map<String, Methods.Body<Object>> BARRIER = Methods.table(Barrier.class, null)
            .with("wait", (s, b, a) -> {
                a.noMoreThan(0);
                return b.waitParties();
            })
            .with("reset", (s, b, a) -> {
                a.noMoreThan(0);
                return b.reset();
            })
            .with("abort", (s, b, a) -> {
                a.noMoreThan(0);
                return b.abort();
            })
            .with("parties", (s, b, a) -> b.parties())
            .with("n_waiting", (s, b, a) -> b.nWaiting())
            .with("broken", (s, b, a) -> b.broken()).build();

    private SyncMethods() {
    }

    /** {@code asyncio.Lock()}. */
    static Object newLock(Session s, Object module, Args a) {
        a.noMoreThan(0);
        return s.currentLoop().newLock();
    }

    /** {@code asyncio.Event()}. */
    static Object newEvent(Session s, Object module, Args a) {
        a.noMoreThan(0);
        return s.currentLoop().newEvent();
    }

    /** {@code asyncio.Semaphore(value=1)} and {@code asyncio.BoundedSemaphore(value=1)}. */
    static Object newSemaphore(Session s, Args a, boolean bounded) {
        Object value = a.optional(0, "value", 1L);
        a.noMoreThan(1);
        if (!(value instanceof Long v)) {
            throw new InvalidProgramException("asyncio." + (bounded ? "BoundedSemaphore" : "Semaphore")
                    + "(): value is an int in the scenario language, got " + PyOps.typeName(value));
        }
        return s.currentLoop().newSemaphore(v, bounded);
    }

    /** {@code asyncio.Barrier(parties)}. */
    static Object newBarrier(Session s, Object module, Args a) {
        Object parties = a.required(0, "parties");
        a.noMoreThan(1);
        if (!(parties instanceof Long n)) {
            throw new InvalidProgramException("asyncio.Barrier(): parties is an int in the scenario language, got "
                    + PyOps.typeName(parties));
        }
        return s.currentLoop().newBarrier(n);
    }

    /** {@code asyncio.Condition(lock=None)}. */
    static Object newCondition(Session s, Object module, Args a) {
        Object lock = a.optional(0, "lock", null);
        a.noMoreThan(1);
        if (lock != null && !(lock instanceof Lock)) {
            throw new InvalidProgramException("asyncio.Condition(lock): lock is an asyncio.Lock in the scenario"
                    + " language, got " + PyOps.typeName(lock));
        }
        return s.currentLoop().newCondition((Lock) lock);
    }
}
