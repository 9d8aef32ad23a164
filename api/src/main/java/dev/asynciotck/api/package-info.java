/**
 * The semantics of Python's asyncio event loop as Java types.
 *
 * <p>An implementation provides an {@link dev.asynciotck.api.EventLoopFactory}; everything else
 * (handles, futures, tasks, the awaitables returned by {@code sleep}, {@code gather} and
 * {@code wait}) comes from the loops it creates. Names follow asyncio's ({@code call_soon} is
 * {@link dev.asynciotck.api.EventLoop#callSoon}), and so do the errors: each is a
 * {@link dev.asynciotck.api.PythonException} whose {@link dev.asynciotck.api.PyType} is the Python
 * exception type asyncio raises, with asyncio's message.
 *
 * <p>Coroutines are driven as in Python, through a send/throw protocol
 * ({@link dev.asynciotck.api.Coroutine}): a task sends values into its coroutine and throws
 * exceptions (such as {@link dev.asynciotck.api.CancelledError}) into it at its await point.
 *
 * <p>The rules are the clauses of {@code spec/clauses/} ({@code LOOP-SOON-1} is in
 * {@code spec/clauses/LOOP-SOON.md}); the Javadoc of each method names the clauses it carries,
 * after "Clauses:". {@code ./tck clauses --checks} lists the checks of each clause.
 */
package dev.asynciotck.api;
