package dev.asynciotck.features;

import dev.asynciotck.checks.CheckSuite;
import dev.asynciotck.expectations.ExpectationLedger;
import org.junit.platform.suite.api.AfterSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

/** Runs every feature on the loop under test ({@code -Dtck.loop}, default {@code reference}). */
@Suite
@IncludeEngines(CheckSuite.CUCUMBER_ENGINE)
@SelectPackages(CheckSuite.FEATURES)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = CheckSuite.GLUE)
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = CheckSuite.MAVEN_PLUGINS)
class RunFeaturesTest {

    /** Fails the run when an expected failure did not happen (an unexpected pass). */
    @AfterSuite
    static void expectations() {
        ExpectationLedger.checkAtEndOfRun();
    }
}
