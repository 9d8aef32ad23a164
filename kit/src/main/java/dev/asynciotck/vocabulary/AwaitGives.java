package dev.asynciotck.vocabulary;

import java.util.List;

/**
 * What awaiting the coroutine a call returns gives, as the vocabulary's {@code await_gives} says:
 * an object of one kind ({@code create_server}: a Server), or a tuple with one kind per item, null
 * for an item that is not the loop's object ({@code create_connection}: a Transport and the
 * program's protocol).
 *
 * @param tuple whether the value is a tuple
 * @param kinds the value's kind (one), or each item's kind or null
 */
public record AwaitGives(boolean tuple, List<String> kinds) {

    /** Keeps a copy of the kinds, which may hold nulls. */
    public AwaitGives {
        kinds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(kinds));
    }

    /** @return how a message writes the value: {@code Server}, or {@code (Transport, ...)} */
    public String describe() {
        if (!tuple) {
            return kinds.get(0);
        }
        StringBuilder out = new StringBuilder("(");
        for (String kind : kinds) {
            out.append(out.length() > 1 ? ", " : "").append(kind == null ? "..." : kind);
        }
        return out.append(')').toString();
    }
}
