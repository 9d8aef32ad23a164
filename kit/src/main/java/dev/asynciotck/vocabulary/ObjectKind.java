package dev.asynciotck.vocabulary;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kind of object a program can touch ({@code EventLoop}, {@code Task}, …): also the type a trace
 * reference names. The interpreter asks it of every attribute a program reads, so it keeps the
 * names of its methods, and of those that are attributes, in sets as well as in order.
 */
public final class ObjectKind {

    private final String name;
    private final String what;
    private final String parent;
    private final List<LanguageName> methods;
    private final Set<String> names = new HashSet<>();
    private final Set<String> attributes = new HashSet<>();

    /**
     * @param name    the kind, e.g. {@code TimerHandle}
     * @param what    how messages speak of it, e.g. {@code a timer handle}
     * @param parent  the kind whose methods it has too, or null
     * @param methods its methods, its parent's first
     */
    public ObjectKind(String name, String what, String parent, List<LanguageName> methods) {
        this.name = name;
        this.what = what;
        this.parent = parent;
        this.methods = List.copyOf(methods);
        for (LanguageName m : this.methods) {
            names.add(m.name());
            if (m.is(LanguageName.ATTRIBUTE)) {
                attributes.add(m.name());
            }
        }
    }

    /** @return the kind, e.g. {@code TimerHandle} */
    public String name() {
        return name;
    }

    /** @return how messages speak of it, e.g. {@code a timer handle} */
    public String what() {
        return what;
    }

    /** @return the kind whose methods it has too, or null */
    public String parent() {
        return parent;
    }

    /** @return its methods, its parent's first */
    public List<LanguageName> methods() {
        return methods;
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
        return names.contains(method);
    }

    /**
     * @param name a method name
     * @return whether it is an attribute, read without a call, rather than a method
     */
    public boolean isAttribute(String name) {
        return attributes.contains(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectKind k && name.equals(k.name) && what.equals(k.what) && Objects.equals(parent, k.parent)
                && methods.equals(k.methods);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, what, parent, methods);
    }

    @Override
    public String toString() {
        return "ObjectKind[name=" + name + ", what=" + what + ", parent=" + parent + ", methods=" + methods + "]";
    }
}
