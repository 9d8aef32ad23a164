package dev.asynciotck.loop;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Choosing the loop under test by identifier (the reference loop is on this module's classpath). */
class LoopSelectorTest {

    @Test
    void referenceIsFoundByName() {
        try (TestedLoop loop = LoopSelector.select("reference")) {
            assertEquals("reference", loop.implementation().name());
            assertTrue(loop.capabilities().contains(Capability.VIRTUAL_TIME));
        }
    }

    @Test
    void aJvmLoopIsFoundByFactoryClass() {
        try (TestedLoop loop = LoopSelector.select("java:dev.asynciotck.reference.ReferenceEventLoopFactory")) {
            assertEquals("java:dev.asynciotck.reference.ReferenceEventLoopFactory", loop.id());
            assertEquals("reference", loop.implementation().name());
        }
    }

    @Test
    void anUnknownNameListsTheAcceptedForms() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> LoopSelector.select("refrence"));
        assertTrue(e.getMessage().contains("unknown loop 'refrence'"), e.getMessage());
        assertTrue(e.getMessage().contains("reference (the reference loop, the default)"), e.getMessage());
        assertTrue(e.getMessage().contains("java:<factory class>"), e.getMessage());
    }

    @Test
    void anUnknownSchemeIsNamed() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> LoopSelector.select("rust:tokio"));
        assertTrue(e.getMessage().contains("unknown loop scheme 'rust:'"), e.getMessage());
    }

    @Test
    void aMalformedClassNameIsRejected() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> LoopSelector.select("java:not a class"));
        assertTrue(e.getMessage().contains("malformed loop identifier"), e.getMessage());
    }

    @Test
    void aMissingClassSaysItIsNotOnTheClasspath() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class,
                () -> LoopSelector.select("java:com.example.NoSuchFactory"));
        assertTrue(e.getMessage().contains("is not on the classpath"), e.getMessage());
    }

    @Test
    void aClassThatIsNotAFactoryIsRejected() {
        LoopSelectionException e = assertThrows(LoopSelectionException.class, () -> LoopSelector.select("java:java.lang.String"));
        assertTrue(e.getMessage().contains("does not implement dev.asynciotck.api.EventLoopFactory"), e.getMessage());
    }

    @Test
    void anEmptyIdentifierIsRejected() {
        assertThrows(LoopSelectionException.class, () -> LoopSelector.select("  "));
    }
}
