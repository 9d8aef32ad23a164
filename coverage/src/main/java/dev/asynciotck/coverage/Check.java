package dev.asynciotck.coverage;

import java.util.List;

/**
 * One scenario or property, with the clause ids it is tagged with.
 *
 * @param kind      {@code scenario} or {@code property}
 * @param name      its display name
 * @param source    where it is defined (feature file and line, or class and method)
 * @param clauseIds the tags that look like clause ids
 */
public record Check(String kind, String name, String source, List<String> clauseIds) {
}
