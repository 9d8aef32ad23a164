package dev.asynciotck.api;

/**
 * Called by a loop when a callback raises (asyncio's exception handler). The loop goes on with
 * the next callback.
 */
@FunctionalInterface
public interface ExceptionHandler {

    /**
     * @param loop    the loop
     * @param context what happened
     */
    void handle(EventLoop loop, ExceptionContext context);
}
