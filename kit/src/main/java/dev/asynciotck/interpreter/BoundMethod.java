package dev.asynciotck.interpreter;

/**
 * {@code obj.name} for a method of a loop object, an exception type or the asyncio module.
 * Equality compares the receiver by identity, as Python compares bound methods.
 *
 * @param self the receiver
 * @param name the method
 */
record BoundMethod(Object self, String name) {
    @Override
    public boolean equals(Object o) {
        return o instanceof BoundMethod m && m.self == self && m.name.equals(name);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + name.hashCode();
    }
}
