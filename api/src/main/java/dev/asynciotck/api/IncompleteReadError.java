package dev.asynciotck.api;

/**
 * {@code asyncio.IncompleteReadError}, an {@code EOFError}: EOF came before a read of a
 * {@link StreamReader} could complete.
 *
 * <p>Clauses: {@code STREAM-EXACT-1}, {@code STREAM-UNTIL-1}.
 */
public final class IncompleteReadError extends PythonException {

    private static final long serialVersionUID = 1L;

    private final transient byte[] partial;
    private final Long expected;

    /**
     * @param partial  the bytes read before EOF
     * @param expected how many bytes were asked for, or {@code null} (readuntil's "undefined")
     */
    public IncompleteReadError(byte[] partial, Long expected) {
        super(PyType.INCOMPLETE_READ_ERROR, partial.length + " bytes read on a total of "
                + (expected == null ? "undefined" : expected.toString()) + " expected bytes");
        this.partial = partial.clone();
        this.expected = expected;
    }

    /** @return {@code partial}: the bytes read before EOF */
    public byte[] partial() {
        return partial.clone();
    }

    /** @return {@code expected}: how many bytes were asked for, or {@code null} */
    public Long expected() {
        return expected;
    }
}
