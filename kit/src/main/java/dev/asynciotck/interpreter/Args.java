package dev.asynciotck.interpreter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The arguments of one call, with checks that name the function on misuse. */
final class Args {

    private final String function;
    private final List<Object> positional;
    private final Map<String, Object> keywords;
    private final Set<String> used = new HashSet<>();

    Args(String function, List<Object> positional, Map<String, Object> keywords) {
        this.function = function;
        this.positional = positional;
        this.keywords = keywords;
    }

    int size() {
        return positional.size();
    }

    Object required(int index, String name) {
        if (index < positional.size()) {
            return positional.get(index);
        }
        if (keywords.containsKey(name)) {
            used.add(name);
            return keywords.get(name);
        }
        throw new InvalidProgramException(function + "() missing required argument '" + name + "'");
    }

    Object optional(int index, String name, Object fallback) {
        if (index < positional.size()) {
            return positional.get(index);
        }
        if (keywords.containsKey(name)) {
            used.add(name);
            return keywords.get(name);
        }
        return fallback;
    }

    Object keyword(String name, Object fallback) {
        if (keywords.containsKey(name)) {
            used.add(name);
            return keywords.get(name);
        }
        return fallback;
    }

    List<Object> from(int index) {
        return index >= positional.size() ? List.of() : positional.subList(index, positional.size());
    }

    /** @return the keyword arguments not read yet ({@code **kwargs}), all taken as read */
    Map<String, Object> otherKeywords() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        keywords.forEach((k, v) -> {
            if (used.add(k)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Fails on more than {@code max} positional arguments or an unknown keyword. */
    void noMoreThan(int max) {
        if (positional.size() > max) {
            throw new InvalidProgramException(function + "() takes at most " + max + " positional argument(s) but "
                    + positional.size() + " were given");
        }
        noUnknownKeywords();
    }

    void noUnknownKeywords() {
        for (String k : keywords.keySet()) {
            if (!used.contains(k)) {
                throw new InvalidProgramException(function + "() got an unexpected keyword argument '" + k + "'");
            }
        }
    }
}
