package dev.asynciotck.reference;

import dev.asynciotck.api.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Iterator;

/**
 * The loop's selector (asyncio's {@code _selector}): the channels the loop watches and the
 * callbacks to queue when they are ready. It is opened on the first registration, so a loop that
 * does no I/O never polls one (the callback-only paths stay as fast as before).
 *
 * <p>Each registered channel has one {@link Watch}: a reader callback and a writer callback, each
 * set or not, as asyncio's {@code add_reader}/{@code add_writer} keep one of each per file
 * descriptor. Ready callbacks are queued, not run: they run with the iteration's other ready
 * handles.
 */
final class IoSelector {

    /** The reader and writer of one channel, and its key. */
    static final class Watch {
        final SelectionKey key;
        CallbackHandle reader;
        CallbackHandle writer;
        /** A channel the program owns (add_reader, sock_recv...): closing the loop leaves it open. */
        boolean borrowed;

        private Watch(SelectionKey key) {
            this.key = key;
        }
    }

    private Selector selector;
    /** How many channels have a reader or a writer: the selector is polled only when some do. */
    private int active;

    /**
     * @param channel a non-blocking channel
     * @return its watch: the one it has, else a new one with no interest yet
     */
    Watch watch(SelectableChannel channel) {
        try {
            if (selector == null) {
                selector = Selector.open();
            }
            SelectionKey existing = channel.keyFor(selector);
            if (existing != null && existing.isValid()) {
                return (Watch) existing.attachment();
            }
            Watch watch = new Watch(channel.register(selector, 0));
            watch.key.attach(watch);
            return watch;
        } catch (ClosedChannelException e) {
            throw new IllegalStateException("the channel is closed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    /**
     * @param channel a channel
     * @return its watch, or null when the loop has never watched it
     */
    Watch existing(SelectableChannel channel) {
        if (selector == null) {
            return null;
        }
        SelectionKey key = channel.keyFor(selector);
        return key != null && key.isValid() ? (Watch) key.attachment() : null;
    }

    /** asyncio's {@code _add_reader}: {@code callback} is queued each time the channel is readable (or accepts, or connects). */
    void setReader(Watch watch, Runnable callback, int op) {
        boolean was = busy(watch);
        cancel(watch.reader);
        // one copy for every run: asyncio's Handle keeps the context it copied, and its reader runs again and again
        watch.reader = new CallbackHandle(callback, Context.copyCurrent());
        interest(watch, op, true);
        count(was, watch);
    }

    /** asyncio's {@code _remove_reader}. */
    void removeReader(Watch watch) {
        boolean was = busy(watch);
        cancel(watch.reader);
        watch.reader = null;
        interest(watch, SelectionKey.OP_READ | SelectionKey.OP_ACCEPT | SelectionKey.OP_CONNECT, false);
        count(was, watch);
    }

    /** asyncio's {@code _add_writer}. */
    void setWriter(Watch watch, Runnable callback) {
        boolean was = busy(watch);
        cancel(watch.writer);
        watch.writer = new CallbackHandle(callback, Context.copyCurrent());
        interest(watch, SelectionKey.OP_WRITE, true);
        count(was, watch);
    }

    /** asyncio's {@code _remove_writer}. */
    void removeWriter(Watch watch) {
        boolean was = busy(watch);
        cancel(watch.writer);
        watch.writer = null;
        interest(watch, SelectionKey.OP_WRITE, false);
        count(was, watch);
    }

    /**
     * Stops watching a channel and closes it. A registered channel's socket is really closed only
     * once the selector drops its key, at its next select: the selector is flushed at once, so
     * that the port is free (and a connection to it refused) right away, not at the next poll.
     */
    void release(Watch watch) {
        forget(watch);
        try {
            watch.key.channel().close();
            selector.selectNow();
        } catch (IOException e) {
            // closed anyway
        }
    }

    /** Stops watching a channel (cancels its key). */
    private void forget(Watch watch) {
        if (busy(watch)) {
            active--;
        }
        cancel(watch.reader);
        cancel(watch.writer);
        watch.reader = null;
        watch.writer = null;
        watch.key.cancel();
    }

    /** @return whether some channel has a reader or a writer, so that the loop must poll */
    boolean busy() {
        return active > 0;
    }

    /**
     * Waits until a watched channel is ready, a thread-safe callback arrives, or the time is up,
     * then queues the ready channels' callbacks.
     *
     * @param nanos how long at most; 0 to poll, negative for no limit
     * @param inbox the thread-safe callbacks, which wake the wait
     * @param ready where the callbacks go
     * @return how many callbacks were queued
     */
    int poll(long nanos, ThreadsafeInbox inbox, ReadyQueue ready) {
        inbox.select(selector, nanos);
        int queued = 0;
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Watch watch = (Watch) key.attachment();
            if (!key.isValid()) {
                continue;
            }
            int ops = key.readyOps();
            if ((ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT | SelectionKey.OP_CONNECT)) != 0
                    && watch.reader != null) {
                ready.add(watch.reader);
                queued++;
            }
            if ((ops & SelectionKey.OP_WRITE) != 0 && watch.writer != null) {
                ready.add(watch.writer);
                queued++;
            }
        }
        return queued;
    }

    /**
     * Closes the selector and every channel of the loop's still registered (the loop closes): a
     * transport or server a program left open does not outlive its loop (asyncio leaves it to the
     * garbage collector). The program's own sockets ({@link Watch#borrowed}) stay open.
     */
    void close() {
        if (selector != null) {
            for (SelectionKey key : selector.keys()) {
                if (((Watch) key.attachment()).borrowed) {
                    continue;
                }
                try {
                    key.channel().close();
                } catch (IOException e) {
                    // closed anyway
                }
            }
            try {
                selector.close();
            } catch (IOException e) {
                // nothing is left to release
            }
        }
        active = 0;
    }

    /** A callback removed while queued for this iteration does not run (asyncio cancels its handle). */
    private static void cancel(CallbackHandle handle) {
        if (handle != null) {
            handle.cancel();
        }
    }

    private static boolean busy(Watch watch) {
        return watch.reader != null || watch.writer != null;
    }

    private void count(boolean was, Watch watch) {
        boolean now = busy(watch);
        if (now != was) {
            active += now ? 1 : -1;
        }
    }

    private static void interest(Watch watch, int ops, boolean on) {
        if (!watch.key.isValid()) {
            return;
        }
        int current = watch.key.interestOps();
        watch.key.interestOps(on ? current | ops : current & ~ops);
    }
}
