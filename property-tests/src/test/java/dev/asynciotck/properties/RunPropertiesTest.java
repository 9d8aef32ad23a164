package dev.asynciotck.properties;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every property on the loop under test ({@code -Dtck.loop}, default {@code reference});
 * {@code -Dtck.seed} and {@code -Dtck.tries} replay and lengthen the run.
 */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("dev.asynciotck.properties")
@IncludeClassNamePatterns(".*Properties")
class RunPropertiesTest {
}
