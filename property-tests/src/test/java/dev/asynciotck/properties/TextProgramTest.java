package dev.asynciotck.properties;

import dev.asynciotck.program.ProgramText;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated program is the program of its whole text, though its family's definitions are parsed once. */
class TextProgramTest {

    @Test
    void everyFamilysProgramIsTheParseOfItsWholeText() {
        int families = 0;
        for (Property<?> property : PropertyCatalog.all()) {
            List<GeneratedProgram> programs = new ArrayList<>();
            QuickTheory.qt().withFixedSeed(11).withExamples(40).forAll(property.family().programs())
                    .checkAssert(programs::add);
            for (GeneratedProgram p : programs) {
                TextProgram program = (TextProgram) p;
                assertEquals(ProgramText.parse(program.text()), program.program(), property.name() + ":" + program);
            }
            families++;
        }
        assertTrue(families >= 10, "the catalog's properties were checked: " + families);
    }

    @Test
    void aNameDefinedInBothPartsIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TextProgram.join(
                ProgramText.parse("def f():\n    pass\n"), ProgramText.parse("def f():\n    pass\nf()\n")));
        assertEquals("a generator defines 'f' twice", e.getMessage());
    }
}
