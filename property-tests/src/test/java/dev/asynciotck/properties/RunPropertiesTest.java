package dev.asynciotck.properties;

import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.expectations.ExpectationLedger;
import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every property on the loop under test ({@code -Dtck.loop}, default {@code reference});
 * {@code -Dtck.seed} and {@code -Dtck.tries} replay and lengthen the run, {@code -Dtck.expectations}
 * names the loop's known failures.
 */
@Suite
@IncludeEngines(CheckSuite.PROPERTIES_ENGINE)
@SelectPackages(CheckSuite.PROPERTIES)
class RunPropertiesTest {

    /** Fails the run when an expected failure did not happen (an unexpected pass). */
    @AfterSuite
    static void expectations() {
        ExpectationLedger.checkAtEndOfRun();
    }
}
