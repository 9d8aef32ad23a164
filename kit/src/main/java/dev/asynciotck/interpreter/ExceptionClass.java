package dev.asynciotck.interpreter;

import dev.asynciotck.api.PyType;

/**
 * A Python exception type as a value: calling it makes an exception.
 *
 * @param type the type
 */
record ExceptionClass(PyType type) {
}
