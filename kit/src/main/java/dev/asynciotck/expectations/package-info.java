/**
 * Expectations files: the known failures of one loop, each keyed by a clause id (or a check's
 * name) with a one-line reason and an optional link, and the ledger that turns a run's failures
 * into expected failures and reports an expectation nothing failed for (an unexpected pass).
 * The format is described in {@code spec/expectations.md}.
 */
package dev.asynciotck.expectations;
