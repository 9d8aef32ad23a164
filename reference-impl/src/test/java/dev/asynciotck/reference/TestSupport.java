package dev.asynciotck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.asynciotck.api.LoopOptions;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/** Loops, assertions and a ticker shared by the tests. */
final class TestSupport {

    private TestSupport() {
    }

    static ReferenceEventLoop virtualLoop() {
        return new ReferenceEventLoop(LoopOptions.VIRTUAL_TIME);
    }

    static ReferenceEventLoop realLoop() {
        return new ReferenceEventLoop(LoopOptions.REAL_TIME);
    }

    /** Asserts {@code body} raises a Python exception of exactly {@code type} and message. */
    static PythonException assertRaises(PyType type, String message, Executable body) {
        PythonException e = assertThrows(PythonException.class, body);
        assertEquals(type, e.type(), () -> "type of " + e);
        assertEquals(message, e.pythonMessage(), () -> "message of " + e);
        return e;
    }

    /** A list of events; {@code add} returns a callback recording a label. */
    static final class Log {
        final List<String> events = new ArrayList<>();

        Runnable add(String label) {
            return () -> events.add(label);
        }

        void record(String label) {
            events.add(label);
        }
    }

    /** Counts loop iterations: reschedules itself once per iteration while started. */
    static final class Ticker implements Runnable {
        private final ReferenceEventLoop loop;
        int ticks;
        boolean stopped;

        Ticker(ReferenceEventLoop loop) {
            this.loop = loop;
        }

        Ticker start() {
            loop.callSoon(this);
            return this;
        }

        @Override
        public void run() {
            if (!stopped) {
                ticks++;
                loop.callSoon(this);
            }
        }
    }
}
