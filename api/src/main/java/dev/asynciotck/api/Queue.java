package dev.asynciotck.api;

/**
 * An asyncio queue ({@code asyncio.Queue}, {@code PriorityQueue}, {@code LifoQueue}): items handed
 * from producers to consumers on one loop, with an optional bound, waiting {@code put}s and
 * {@code get}s, and a count of unfinished tasks for {@code join}.
 *
 * <p>A JVM loop gets a correct queue for free: {@link EventLoop#newQueue} returns a
 * {@link FutureQueue}, built only on the loop's futures the way asyncio's {@code queues.py} is.
 * A loop may return its own.
 */
public interface Queue {

    /**
     * {@code put(item)}: puts the item, first waiting while the queue is full, each waiting putter
     * woken in turn as slots free up.
     *
     * <p>Clauses: {@code QUEUE-WAIT-1}, {@code QUEUE-CANCEL-1}, {@code QUEUE-SHUTDOWN-1}.
     *
     * @param item the item
     * @return the coroutine that puts it
     */
    Coroutine put(Object item);

    /**
     * {@code get()}: takes an item, first waiting while the queue is empty; waiting getters are
     * served in the order they came, and one cancelled after it was woken hands the item on.
     *
     * <p>Clauses: {@code QUEUE-WAIT-1}, {@code QUEUE-CANCEL-1}, {@code QUEUE-SHUTDOWN-1}.
     *
     * @return the coroutine that takes it
     */
    Coroutine get();

    /**
     * {@code put_nowait(item)}.
     *
     * <p>Clauses: {@code QUEUE-SIZE-1}, {@code QUEUE-SHUTDOWN-1}.
     *
     * @param item the item
     * @throws PythonException {@code QueueFull} when the queue is full, {@code QueueShutDown} after
     *                         {@link #shutdown}
     */
    void putNowait(Object item);

    /**
     * {@code get_nowait()}.
     *
     * <p>Clauses: {@code QUEUE-ORDER-1}, {@code QUEUE-ORDER-2}, {@code QUEUE-ORDER-3},
     * {@code QUEUE-SIZE-2}, {@code QUEUE-SHUTDOWN-1}.
     *
     * @return the next item in the queue's order
     * @throws PythonException {@code QueueEmpty} when the queue is empty, {@code QueueShutDown} when it
     *                         is empty and shut down
     */
    Object getNowait();

    /**
     * Clauses: {@code QUEUE-SIZE-3}.
     *
     * @return {@code qsize()}: how many items it holds
     */
    long qsize();

    /**
     * Clauses: {@code QUEUE-SIZE-3}.
     *
     * @return {@code empty()}
     */
    boolean empty();

    /**
     * Clauses: {@code QUEUE-SIZE-3}.
     *
     * @return {@code full()}: never, for a {@code maxsize} of 0 or less
     */
    boolean full();

    /**
     * {@code task_done()}: one item taken earlier is processed.
     *
     * <p>Clauses: {@code QUEUE-JOIN-1}, {@code QUEUE-JOIN-2}.
     *
     * @throws PythonException {@code ValueError: task_done() called too many times}
     */
    void taskDone();

    /**
     * {@code join()}: waits until every item put has been marked done.
     *
     * <p>Clauses: {@code QUEUE-JOIN-1}.
     *
     * @return the coroutine that waits
     */
    Coroutine join();

    /**
     * {@code shutdown(immediate=False)} (3.13+): later puts raise {@code QueueShutDown}, gets raise it
     * once the queue is empty (at once, dropping the items, if {@code immediate}), and every waiting
     * putter and getter is woken.
     *
     * <p>Clauses: {@code QUEUE-SHUTDOWN-1}, {@code QUEUE-SHUTDOWN-2}.
     *
     * @param immediate whether to drop the items left
     */
    void shutdown(boolean immediate);
}
