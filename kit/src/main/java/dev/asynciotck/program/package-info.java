/**
 * Programs of the scenario language (see {@code spec/language.md}): their syntax tree
 * ({@link dev.asynciotck.program.Program}, {@link dev.asynciotck.program.Stmt},
 * {@link dev.asynciotck.program.Expr}), their JSON form ({@link dev.asynciotck.program.ProgramJson})
 * and their text form, a subset of Python ({@link dev.asynciotck.program.ProgramText}).
 */
package dev.asynciotck.program;
