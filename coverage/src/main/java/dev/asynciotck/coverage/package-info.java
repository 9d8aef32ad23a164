/**
 * Clause coverage: which scenarios and properties check which clause, found the way the JUnit
 * Platform finds them when it runs them ({@link dev.asynciotck.coverage.ClauseCoverage}).
 */
package dev.asynciotck.coverage;
