package dev.asynciotck.clause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Looking clauses up by id, suggesting close ids, and the version ranges of clauses. */
class ClauseLookupTest {

    private final ClauseCatalog catalog = ClauseCatalog.load();

    @Test
    void requireSuggestsTheClosestId() {
        UnknownClauseException e = assertThrows(UnknownClauseException.class, () -> catalog.require("LOOP-SON-1"));
        assertEquals("unknown clause id 'LOOP-SON-1' (did you mean LOOP-SOON-1?)", e.getMessage());
        assertEquals("LOOP-SON-1", e.id());
        assertEquals(Optional.of("LOOP-SOON-1"), e.suggestion());
        assertInstanceOf(IllegalArgumentException.class, e);
    }

    @Test
    void suggestionsIgnoreCaseAndPickTheNearest() {
        assertEquals("unknown clause id 'loop-soon-1' (did you mean LOOP-SOON-1?)",
                assertThrows(UnknownClauseException.class, () -> catalog.require("loop-soon-1")).getMessage());
        assertEquals("unknown clause id 'FUT-CB-6' (did you mean FUT-CB-1?)",
                assertThrows(UnknownClauseException.class, () -> catalog.require("FUT-CB-6")).getMessage());
        assertEquals("unknown clause id 'TASK-CANCEL-19' (did you mean TASK-CANCEL-1?)",
                assertThrows(UnknownClauseException.class, () -> catalog.require("TASK-CANCEL-19")).getMessage());
        assertEquals("unknown clause id 'GATHER-ORDR-1' (did you mean GATHER-ORDER-1?)",
                assertThrows(UnknownClauseException.class, () -> catalog.require("GATHER-ORDR-1")).getMessage());
    }

    @Test
    void noSuggestionWhenNothingIsClose() {
        UnknownClauseException e = assertThrows(UnknownClauseException.class, () -> catalog.require("SOCKET-SEND-1"));
        assertEquals("unknown clause id 'SOCKET-SEND-1'", e.getMessage());
        assertEquals(Optional.empty(), e.suggestion());
    }

    @Test
    void findAndRequireReturnTheClause() {
        assertEquals("LOOP-SOON-1", catalog.require("LOOP-SOON-1").id());
        assertEquals(catalog.find("WAIT-ERR-2"), Optional.of(catalog.require("WAIT-ERR-2")));
        assertEquals(Optional.empty(), catalog.find("LOOP-SOON-99"));
        assertEquals(Optional.empty(), catalog.find("loop-soon-1"));
    }

    @Test
    void looksLikeClauseId() {
        for (String id : new String[] {"LOOP-SOON-1", "FUT-CB-5", "A-1", "LOOP-TIMER2-10", "X-Y-Z-0"}) {
            assertTrue(ClauseCatalog.looksLikeClauseId(id), id);
        }
        for (String text : new String[] {"loop-soon-1", "LOOP-SOON", "LOOP-SOON-", "LOOP_SOON_1", "1-LOOP-1",
                "LOOP--SOON-1", " LOOP-SOON-1", "LOOP-SOON-1a", "", "@LOOP-SOON-1"}) {
            assertFalse(ClauseCatalog.looksLikeClauseId(text), text);
        }
        assertFalse(ClauseCatalog.looksLikeClauseId(null));
    }

    @Test
    void appliesToFollowsThePythonField() {
        assertTrue(clause("3.10+").appliesTo(3, 10));
        assertTrue(clause("3.10+").appliesTo(3, 13));
        assertTrue(clause("3.10+").appliesTo(4, 0));
        assertFalse(clause("3.10+").appliesTo(3, 9));
        assertFalse(clause("3.11+").appliesTo(3, 10));
        assertTrue(clause("3.10-3.12").appliesTo(3, 12));
        assertFalse(clause("3.10-3.12").appliesTo(3, 13));
        assertTrue(clause("3.11").appliesTo(3, 11));
        assertFalse(clause("3.11").appliesTo(3, 12));
        assertFalse(clause("3.11").appliesTo(2, 11));
    }

    @Test
    void aClauseRejectsAMalformedIdOrPythonField() {
        assertEquals("not a clause id: 'loop-1'", assertThrows(IllegalArgumentException.class,
                () -> new Clause("loop-1", Level.MUST, "a", "t", "MUST", "s", "3.10+", "v", "f")).getMessage());
        assertEquals("clause LOOP-1: malformed Python field '3' (expected a version such as 3.10+, 3.10-3.12 or 3.11)",
                assertThrows(IllegalArgumentException.class,
                        () -> new Clause("LOOP-1", Level.MUST, "a", "t", "MUST", "s", "3", "v", "f")).getMessage());
    }

    @Test
    void levelKeywords() {
        assertEquals(Optional.of(Level.SHOULD), Level.fromKeyword("SHOULD"));
        assertEquals(Optional.empty(), Level.fromKeyword("should"));
        assertEquals("MAY", Level.MAY.keyword());
    }

    private static Clause clause(String python) {
        return new Clause("DEMO-1", Level.MUST, "demo", "t", "It MUST.", "s", python, "v", "f");
    }
}
