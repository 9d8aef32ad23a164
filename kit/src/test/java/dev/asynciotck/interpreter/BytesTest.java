package dev.asynciotck.interpreter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A program's bytes behave as Python's: repeated, joined, compared (as unsigned bytes) and hashed by
 * content. Each program is also valid Python; the expected traces are what CPython 3.11 prints for
 * them (checked by running them with a {@code record} that prints).
 */
class BytesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "repeat and concatenation; record(\"v\", [b\"ab\" * 3, b\"ab\" * 0, b\"ab\" * -1, b\"\" * 5, b\"a\" * 1,"
                + " b\"x\" + b\"\", b\"\" + b\"y\", b\"ab\" + b\"cd\", b\"xyz\" * 5])|;"
                + " v: [b'ababab', b'', b'', b'', b'a', b'x', b'y', b'abcd', b'xyzxyzxyzxyzxyz']|",
        "comparison; record(\"c\", [b\"\\xff\" > b\"a\", b\"ab\" < b\"abc\", b\"b\" > b\"abc\", b\"ab\" == b\"a\" + b\"b\","
                + " b\"abc\" * 7 == b\"abcabcabcabcabcabcabc\", len(b\"abc\" * 1000)])|;"
                + " c: [True, True, True, True, True, 3000]|",
        "keys and items; record(\"k\", [{b\"a\" + b\"b\": 1}[b\"ab\"], (b\"q\" * 100000)[99999], b\"\\x80\" < b\"\\x7f\"])|;"
                + " k: [1, 113, False]|",
        "identity and sets; x = b\"ab\"|y = b\"cd\"|n = 0|e = x * n|record(\"i\", [x * n is y * n, e * 5 is e,"
                + " x * 1 is x, b\"\" + x is x, x + e is x, len({x, b\"a\" + b\"b\"}), \"\" * 4294967295])|;"
                + " i: [False, True, True, True, True, 1, '']|",
    })
    void bytesBehaveAsInPython(String name, String program, String expected) {
        assertEquals(expected.strip(), ProgramRuns.trace(program.strip()), name);
    }

    /**
     * CPython's {@code b"" + x} and {@code x * 1} give x itself (the real-socket programs rely on it
     * for speed), and {@code x * 0} a new empty object.
     */
    @Test
    void anEmptyOperandOrOneCopyGivesTheOtherBytesThemselves() {
        PyBytes x = PyBytes.ofLatin1("data");
        PyBytes empty = PyBytes.ofLatin1("");
        assertSame(x, PyBytes.concat(empty, x));
        assertSame(x, PyBytes.concat(x, empty));
        assertSame(x, x.repeat(1));
        assertSame(empty, empty.repeat(5));
        assertNotSame(x.repeat(0), x.repeat(0));
    }
}
