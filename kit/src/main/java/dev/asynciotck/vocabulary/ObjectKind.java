package dev.asynciotck.vocabulary;

import java.util.List;

/**
 * A kind of object a program can touch ({@code EventLoop}, {@code Task}, …): also the type a trace
 * reference names.
 *
 * @param name    the kind, e.g. {@code TimerHandle}
 * @param what    how messages speak of it, e.g. {@code a timer handle}
 * @param parent  the kind whose methods it has too, or null
 * @param methods its methods, its parent's first
 */
public record ObjectKind(String name, String what, String parent, List<LanguageName> methods) {

    /** Copies the list. */
    public ObjectKind {
        methods = List.copyOf(methods);
    }

    /** @return the names of its methods, its parent's first */
    public List<String> methodNames() {
        return methods.stream().map(LanguageName::name).toList();
    }

    /**
     * @param method a method name
     * @return whether objects of this kind have it
     */
    public boolean has(String method) {
        return methods.stream().anyMatch(m -> m.name().equals(method));
    }

    /**
     * @param name a method name
     * @return whether it is an attribute, read without a call, rather than a method
     */
    public boolean isAttribute(String name) {
        return methods.stream().anyMatch(m -> m.name().equals(name) && m.is(LanguageName.ATTRIBUTE));
    }
}
