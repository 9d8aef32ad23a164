/**
 * Step definitions of the kit's Gherkin features: a scenario gives a program in the text form of
 * the scenario language, runs it on the loop under test, and compares the trace with the expected
 * one. A failure names the clauses, the program, both traces and where they diverge.
 */
package dev.asynciotck.features;
