package dev.asynciotck.mutation;

import dev.asynciotck.checks.CheckSuite;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.FILTER_TAGS_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME;

/**
 * Every feature but the stress checks (a flood of callbacks per mutant would cost minutes and
 * measure nothing the other checks do not), run by pitest against each mutant of the reference loop.
 */
@Suite
@IncludeEngines(CheckSuite.CUCUMBER_ENGINE)
@SelectPackages(CheckSuite.FEATURES)
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = CheckSuite.GLUE)
@ConfigurationParameter(key = PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, value = "true")
@ConfigurationParameter(key = FILTER_TAGS_PROPERTY_NAME, value = "not @stress")
public class FeaturesUnderMutation {
}
