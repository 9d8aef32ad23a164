/**
 * Traces: what a program recorded when it ran on a loop ({@link dev.asynciotck.trace.Trace}),
 * values that keep their Python shape ({@link dev.asynciotck.trace.TraceValue}), their JSON and
 * text forms, and the comparison that finds where two traces diverge
 * ({@link dev.asynciotck.trace.TraceDiff}).
 */
package dev.asynciotck.trace;
