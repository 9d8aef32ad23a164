package dev.asynciotck.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.asynciotck.api.EventLoop;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The capture behind {@code asyncio_warnings()} (DEBUG-SLOW-1). */
class LoopWarningsTest {

    private static final System.Logger ASYNCIO = System.getLogger(EventLoop.LOGGER);

    @Test
    void aWarningIsGivenWithItsHandleAndNumbersWrittenOut() {
        assertEquals("Executing <...> took N seconds",
                LoopWarnings.normalize("Executing <Handle slow() at <program>:3 created at <x>> took 0.150 seconds"));
        assertEquals("no angle, no number", LoopWarnings.normalize("no angle, no number"));
    }

    @Test
    void onlyTheRunsOwnThreadsWarningsAreKeptWhileItRuns() throws InterruptedException {
        ASYNCIO.log(System.Logger.Level.WARNING, "before the run");
        LoopWarnings warnings = LoopWarnings.begin();
        try {
            ASYNCIO.log(System.Logger.Level.INFO, "below a warning");
            ASYNCIO.log(System.Logger.Level.WARNING, "Executing <Handle f> took 0.2 seconds");
            Thread other = new Thread(() -> ASYNCIO.log(System.Logger.Level.ERROR, "from another thread"));
            other.start();
            other.join();
            ASYNCIO.log(System.Logger.Level.ERROR, "an error");
        } finally {
            warnings.end();
        }
        ASYNCIO.log(System.Logger.Level.WARNING, "after the run");
        assertEquals(List.of("Executing <...> took N seconds", "an error"), warnings.messages());
    }
}
