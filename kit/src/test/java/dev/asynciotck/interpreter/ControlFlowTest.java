package dev.asynciotck.interpreter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The interpreter's statements behave as Python's. Each program below is also valid Python; the
 * expected traces are what CPython 3.11 prints for them (checked by running them with a
 * {@code record} that prints).
 */
class ControlFlowTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // finally runs on normal exit, on exception (re-raised), and on return; return in finally wins
        "normal finally; def f():|    try:|        record(\"body\")|    finally:|        record(\"finally\")||f()|;"
                + " body|finally|",
        "except then finally; def f():|    try:|        raise ValueError(\"x\")|    except ValueError as e:|"
                + "        record(\"caught\", e)|    finally:|        record(\"finally\")||f()|;"
                + " caught: ValueError('x')|finally|",
        "unmatched handler propagates through finally; def f():|    try:|        raise ValueError(\"x\")|"
                + "    except TypeError:|        record(\"wrong\")|    finally:|        record(\"finally\")||f()|;"
                + " finally|!raised: ValueError('x')|",
        "return value passes through finally; def f():|    try:|        return 1|    finally:|"
                + "        record(\"finally\")||record(\"r\", f())|; finally|r: 1|",
        "return in finally overrides the exception; def f():|    try:|        raise ValueError(\"x\")|"
                + "    finally:|        return 2||record(\"r\", f())|; r: 2|",
        "bare raise re-raises; def f():|    try:|        raise ValueError(\"x\")|    except ValueError:|"
                + "        record(\"once\")|        raise||try:|    f()|except Exception as e:|    record(\"outer\", e)|;"
                + " once|outer: ValueError('x')|",
        "exception in handler runs finally; def f():|    try:|        raise ValueError(\"x\")|"
                + "    except ValueError:|        raise TypeError(\"y\")|    finally:|        record(\"finally\")||f()|;"
                + " finally|!raised: TypeError('y')|",
        "CancelledError is not an Exception; try:|    try:|        raise CancelledError(\"c\")|"
                + "    except Exception:|        record(\"wrong\")|except BaseException as e:|    record(\"base\", e)|;"
                + " base: CancelledError('c')|",
        "TimeoutError is an OSError; try:|    raise TimeoutError()|except OSError as e:|    record(\"os\", e)|;"
                + " os: TimeoutError()|",
        "nested try in except; try:|    raise ValueError(\"a\")|except ValueError:|    try:|"
                + "        raise TypeError(\"b\")|    except TypeError as e:|        record(\"inner\", e)|"
                + "    record(\"after\")|; inner: TypeError('b')|after|",
        "values keep their shape; record(\"v\", [1, (2,), (), {3}, set(), None, True, 1.5, \"s\"])|;"
                + " v: [1, (2,), (), {3}, set(), None, True, 1.5, 's']|",
        "arithmetic and comparisons; record(\"v\", [1 + 2, 1 - 2.5, 2 * 3, 1 < 2, 2 <= 1, 1 == 1.0, not None])|;"
                + " v: [3, -1.5, 6, True, False, True, True]|",
    })
    void statementsBehaveAsInPython(String name, String program, String expected) {
        assertEquals(expected.strip(), ProgramRuns.trace(program.strip()), name);
    }
}
