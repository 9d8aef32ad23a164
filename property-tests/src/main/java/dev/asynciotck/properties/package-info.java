/**
 * Properties over random scheduling programs (QuickTheories inside JUnit Jupiter). Each property
 * is tagged with the clauses it checks ({@code @Tag("LOOP-SOON-1")}); each generates programs from
 * a shrinkable recipe of integers, runs them on the loop under test (on a virtual clock when the
 * loop has one) and checks an invariant on the trace. A failure prints the seed, the shrunk program
 * and its trace; {@code -Dtck.seed} and {@code -Dtck.tries} replay and lengthen a run.
 */
package dev.asynciotck.properties;
