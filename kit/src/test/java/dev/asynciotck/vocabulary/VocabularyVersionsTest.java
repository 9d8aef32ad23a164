package dev.asynciotck.vocabulary;

import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.python.PythonRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A program must not use a name on a Python version where the vocabulary says it does not exist. */
class VocabularyVersionsTest {

    private static final String USES_CANCELLING = "async def f():\n    pass\n\nt = loop.create_task(f())\nrecord(\"n\", t.cancelling())\n";

    @Test
    void aNameOfLaterVersionsIsReportedForAProgramOfEarlierOnes() {
        assertEquals(List.of("'cancelling' exists on Python 3.11+ (spec/vocabulary.json), the program runs on 3.10+"),
                Vocabulary.load().namesMissingOn(ProgramJson.toJson(ProgramText.parse(USES_CANCELLING)), range("3.10+")));
    }

    @Test
    void theSameProgramIsFineOnTheVersionsWhereTheNameExists() {
        assertEquals(List.of(), Vocabulary.load().namesMissingOn(ProgramJson.toJson(ProgramText.parse(USES_CANCELLING)),
                range("3.11-3.13")));
    }

    @Test
    void rangesIntersect() {
        assertEquals("3.11-3.12", range("3.10-3.12").intersect(range("3.11+")).orElseThrow().toString());
        assertEquals("3.11", range("3.11").intersect(range("3.10+")).orElseThrow().toString());
        assertEquals(true, range("3.10").intersect(range("3.11+")).isEmpty());
    }

    private static PythonRange range(String text) {
        return PythonRange.parse(text).orElseThrow();
    }
}
