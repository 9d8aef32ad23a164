package dev.asynciotck.clause;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known id closest to a mistyped one, by edit distance. */
final class ClosestId {

    private ClosestId() {
    }

    /**
     * The known id with the smallest edit distance to {@code wanted} (compared in capitals), if
     * that distance is at most {@code max(2, wanted.length() / 3)}; ties go to the earlier id.
     */
    static Optional<String> among(Collection<String> known, String wanted) {
        String target = wanted.toUpperCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String id : known) {
            int d = distance(target, id);
            if (d < bestDistance) {
                best = id;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance: insertions, deletions and substitutions each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
