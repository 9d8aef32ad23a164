package dev.asynciotck.api;

/**
 * What {@code asyncio.open_connection()} returns: {@code (reader, writer)}.
 *
 * <p>Clauses: {@code STREAM-OPEN-1}.
 *
 * @param reader the reading end
 * @param writer the writing end
 */
public record StreamPair(StreamReader reader, StreamWriter writer) {
}
