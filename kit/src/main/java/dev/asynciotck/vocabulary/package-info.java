/**
 * The vocabulary of the scenario language ({@code spec/vocabulary.json}): every kind of object a
 * program can touch with its methods, the names of the {@code asyncio} module, the builtins, the
 * exception types with their hierarchy and the keywords, each with the CPython versions where it
 * exists. The interpreter, the Python driver and the CPython check read the same file.
 */
package dev.asynciotck.vocabulary;
