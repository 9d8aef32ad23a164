package dev.asynciotck.interpreter;

/** The {@code asyncio} module as a value; its attributes are resolved by {@link Attributes}. */
final class AsyncioModule {
    static final AsyncioModule INSTANCE = new AsyncioModule();

    private AsyncioModule() {
    }

    @Override
    public String toString() {
        return "<module 'asyncio'>";
    }
}
