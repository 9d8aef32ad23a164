package dev.asynciotck.mutation;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every property, run by pitest against each mutant of the reference loop (with a fixed seed). */
@Suite
@IncludeEngines("junit-jupiter")
@SelectPackages("dev.asynciotck.properties")
@IncludeClassNamePatterns(".*Properties")
public class PropertiesUnderMutation {
}
