package dev.asynciotck.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A setting's value comes from the command line, a system property, the environment or its default, and says which. */
class SettingTest {

    @AfterEach
    void clear() {
        Setting.endCommandLineRun();
        System.clearProperty(Setting.TRIES.property());
        System.clearProperty(Setting.BUDGET.property());
    }

    @Test
    void theBudgetIsSecondsToTheMillisecond() {
        assertEquals(java.time.Duration.ofSeconds(10), Setting.BUDGET.secondsValue());
        System.setProperty(Setting.BUDGET.property(), "1.5");
        assertEquals(java.time.Duration.ofMillis(1500), Setting.BUDGET.secondsValue());
        System.setProperty(Setting.BUDGET.property(), "0");
        assertEquals("-Dtck.budget: expected seconds from 0.001 to 86400, got '0'",
                assertThrows(SettingException.class, Setting.BUDGET::secondsValue).getMessage());
    }

    @Test
    void theDefaultAppliesWhenNothingSetsIt() {
        assertEquals("200", Setting.TRIES.value());
        assertFalse(Setting.TRIES.isSet());
        assertEquals("-Dtck.tries (default)", Setting.TRIES.origin());
    }

    @Test
    void aSystemPropertyIsNamedAsMavenTakesIt() {
        System.setProperty(Setting.TRIES.property(), " 7 ");
        assertEquals(7, Setting.TRIES.intValue(1, 10));
        assertEquals("-Dtck.tries", Setting.TRIES.origin());
        assertEquals("-Dtck.tries=N", Setting.TRIES.howToChange());
        System.setProperty(Setting.TRIES.property(), "0");
        assertEquals("-Dtck.tries: at least 1, got 0",
                assertThrows(SettingException.class, () -> Setting.TRIES.intValue(1, Integer.MAX_VALUE)).getMessage());
    }

    @Test
    void theCommandLineWinsAndIsNamedAsTheUserTypedIt() {
        System.setProperty(Setting.TRIES.property(), "7");
        Setting.startCommandLineRun();
        Setting.TRIES.setFromCommandLine("x");
        assertEquals("x", Setting.TRIES.value());
        assertEquals("--tries", Setting.TRIES.origin());
        assertEquals("--tries N", Setting.TRIES.howToChange());
        assertEquals("--tries: expected a whole number, got 'x'",
                assertThrows(SettingException.class, Setting.TRIES::longValue).getMessage());
        Setting.startCommandLineRun();
        assertEquals("7", Setting.TRIES.value(), "a new run forgets the options of the last one");
    }

    @Test
    void aBlankValueIsUnset() {
        System.setProperty(Setting.TRIES.property(), "  ");
        assertEquals("200", Setting.TRIES.value());
        assertFalse(Setting.TRIES.isSet());
    }

    @Test
    void eachSettingHasItsOwnPropertyAndOption() {
        Set<String> seen = new HashSet<>();
        for (Setting s : Setting.values()) {
            assertTrue(s.property().startsWith("tck."), s.property());
            assertTrue(seen.add(s.property()), s.property());
            if (s.option() != null) {
                assertTrue(seen.add(s.option()), s.option());
            }
        }
    }
}
