/**
 * The reference event loop: a real, single-threaded implementation of the spec's
 * {@link dev.asynciotck.api.EventLoop} with CPython 3.11 asyncio's observable behaviour, obtained
 * through {@link dev.asynciotck.reference.ReferenceEventLoopFactory} (ServiceLoader name
 * {@code reference}).
 */
package dev.asynciotck.reference;
