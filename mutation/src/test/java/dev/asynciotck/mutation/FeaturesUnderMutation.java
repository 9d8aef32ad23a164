package dev.asynciotck.mutation;

import dev.asynciotck.checks.CheckSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

/** Every feature, run by pitest against each mutant of the reference loop. */
@Suite
@IncludeEngines(CheckSuite.CUCUMBER_ENGINE)
@SelectPackages(CheckSuite.FEATURES)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = CheckSuite.GLUE)
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
public class FeaturesUnderMutation {
}
