package dev.asynciotck.protocol;

import dev.asynciotck.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The unpacked driver: its modules, and the vocabulary it reads next to them. */
class PythonDriverFilesTest {

    @Test
    void theVocabularyIsUnpackedNextToTheDriver() throws IOException {
        Path dir = PythonDriverFiles.script().getParent();
        for (String module : new String[] {"tck_driver.py", "tck_vocabulary.py", "tck_program.py", "tck_session.py",
                "tck_text.py", "tck_pool.py", "tck_resources.py"}) {
            assertTrue(Files.isRegularFile(dir.resolve(module)), module + " in " + dir);
        }
        try (InputStream shipped = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            assertNotNull(shipped, Vocabulary.RESOURCE);
            assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(dir.resolve("vocabulary.json")));
        }
    }
}
