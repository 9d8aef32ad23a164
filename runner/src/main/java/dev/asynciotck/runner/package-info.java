/**
 * The command line of the kit, {@code ./tck}: {@link dev.asynciotck.runner.Tck} and one class per
 * subcommand.
 */
package dev.asynciotck.runner;
