package dev.asynciotck.api;

import java.util.Set;

/**
 * The value of awaiting {@code asyncio.wait}: Python's tuple {@code (done, pending)} of two sets.
 *
 * @param done    the futures that are done
 * @param pending the futures that are not
 */
public record WaitResult(Set<Future> done, Set<Future> pending) {
}
