/**
 * The clause catalog: the kit's contract, read from the Markdown files under
 * {@code spec/clauses/} (shipped in the jar at {@code asynciotck/clauses/}).
 *
 * <p>{@link dev.asynciotck.clause.ClauseCatalog#load()} reads every area file listed in
 * {@code index.txt} into {@link dev.asynciotck.clause.Clause} records; a file that breaks the
 * format gives a {@link dev.asynciotck.clause.ClauseFormatException} naming the file and line,
 * and an id that names no clause gives an {@link dev.asynciotck.clause.UnknownClauseException}
 * that suggests the closest known id.
 */
package dev.asynciotck.clause;
