package dev.asynciotck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.program.ProgramText;
import dev.asynciotck.properties.GeneratedProgram;
import dev.asynciotck.properties.Property;
import dev.asynciotck.properties.PropertyCatalog;
import org.quicktheories.QuickTheory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes programs of the properties, for {@code benchmarks/python/driver_cost.py}: the Python
 * driver's own cost is measured on the very programs the kit sends it. One JSON object per line:
 * {@code {"property": name, "program": <JSON form>, "text": <text form>}}. Only the properties that
 * need no capability are written (those of real sockets spend their time in the kernel).
 *
 * <pre>java -cp ... dev.asynciotck.bench.PropertyPrograms FILE [PROGRAMS_PER_PROPERTY [SEED]]</pre>
 */
public final class PropertyPrograms {

    private PropertyPrograms() {
    }

    /**
     * @param args the file to write, the programs per property (default 200), the seed (default 1)
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: PropertyPrograms FILE [PROGRAMS_PER_PROPERTY [SEED]]");
            System.exit(2);
        }
        int each = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        ObjectMapper json = new ObjectMapper();
        int written = 0;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (Property<?> property : PropertyCatalog.all()) {
                if (!property.needs().isEmpty()) {
                    continue;
                }
                List<GeneratedProgram> programs = new ArrayList<>();
                QuickTheory.qt().withFixedSeed(seed).withExamples(Math.max(1, each / property.fewerTries()))
                        .forAll(property.family().programs()).checkAssert(programs::add);
                for (GeneratedProgram p : programs) {
                    ObjectNode line = json.createObjectNode();
                    line.put("property", property.name());
                    line.set("program", ProgramJson.toJson(p.program()));
                    line.put("text", ProgramText.print(p.program()));
                    out.write(json.writeValueAsString(line));
                    out.write('\n');
                    written++;
                }
            }
        }
        System.err.println("PropertyPrograms: " + written + " programs in " + args[0]);
    }
}
