/**
 * Runs programs of the scenario language on any implementation of the Java API
 * ({@link dev.asynciotck.interpreter.ProgramInterpreter}). Coroutines of a program are
 * {@link dev.asynciotck.api.Coroutine}s driven by the loop's own tasks through the send/throw
 * protocol, so the loop under test, not the interpreter, decides every scheduling question.
 */
package dev.asynciotck.interpreter;
