/**
 * What a check is and how it ended: a {@link dev.asynciotck.checks.Check} (a scenario or a
 * property, with the clauses it checks), its {@link dev.asynciotck.checks.Verdict}, the
 * {@link dev.asynciotck.checks.Evidence} of a failure, and {@link dev.asynciotck.checks.CheckSuite},
 * the one place where the kit's checks are found.
 */
package dev.asynciotck.checks;
