package dev.asynciotck.mutation;

import dev.asynciotck.checks.CheckSuite;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** Every property, run by pitest against each mutant of the reference loop (with a fixed seed). */
@Suite
@IncludeEngines(CheckSuite.PROPERTIES_ENGINE)
@SelectPackages(CheckSuite.PROPERTIES)
public class PropertiesUnderMutation {
}
