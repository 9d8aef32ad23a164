package dev.asynciotck.interpreter;

import dev.asynciotck.api.EventLoop;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What the kit's {@code asyncio_warnings()} gives: the warnings (or worse) a JVM loop logged on
 * {@link EventLoop#LOGGER} ({@code System.getLogger("asyncio")}, which the JDK hands to
 * java.util.logging) while a program ran, from the program's thread, each {@link #normalize}d. One
 * handler, installed once, files each record under the thread that logged it; a run
 * {@link #begin}s and {@link #end}s its thread's list. The logger's records go nowhere else (not to
 * the console) once this class is loaded.
 */
final class LoopWarnings {

    private static final Map<Long, List<String>> BY_THREAD = new ConcurrentHashMap<>();
    /** Held: java.util.logging keeps its loggers weakly. */
    private static final Logger ASYNCIO = Logger.getLogger(EventLoop.LOGGER);
    private static final SimpleFormatter TEXT = new SimpleFormatter();

    static {
        ASYNCIO.setUseParentHandlers(false);
        ASYNCIO.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                List<String> messages = BY_THREAD.get(record.getLongThreadID());
                if (messages != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    synchronized (messages) {
                        messages.add(normalize(TEXT.formatMessage(record)));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private final long thread = Thread.currentThread().getId();
    private final List<String> messages = new ArrayList<>();

    private LoopWarnings() {
    }

    /** @return the warnings of a run that begins on the calling thread */
    static LoopWarnings begin() {
        LoopWarnings warnings = new LoopWarnings();
        BY_THREAD.put(warnings.thread, warnings.messages);
        return warnings;
    }

    /** Stops filing this run's warnings. */
    void end() {
        BY_THREAD.remove(thread, messages);
    }

    /** @return the warnings so far, in order */
    List<Object> messages() {
        synchronized (messages) {
            return new ArrayList<>(messages);
        }
    }

    /**
     * A warning as the language gives it: every outermost {@code <...>} (a handle's or a task's
     * text, the implementation's) becomes {@code <...>}, and every decimal number {@code N}.
     */
    static String normalize(String message) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : message.toCharArray()) {
            if (c == '<') {
                if (depth++ == 0) {
                    out.append("<...>");
                }
            } else if (c == '>' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replaceAll("[0-9]+\\.[0-9]+", "N");
    }
}
