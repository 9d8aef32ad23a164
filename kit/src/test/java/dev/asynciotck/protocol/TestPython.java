package dev.asynciotck.protocol;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The interpreter the tests use, and commands that start the broken drivers of {@code broken/}. */
final class TestPython {

    /** Debian's CPython when present (the ground truth), else {@code python3} on the PATH. */
    static final String INTERPRETER = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";

    private TestPython() {
    }

    /**
     * @param script a file of {@code src/test/resources/broken}
     * @param args   its arguments
     * @return the command that runs it
     */
    static List<String> broken(String script, String... args) {
        URL url = TestPython.class.getResource("/broken/" + script);
        if (url == null) {
            throw new IllegalArgumentException("no test script broken/" + script);
        }
        List<String> command = new ArrayList<>();
        command.add(INTERPRETER);
        try {
            command.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        command.addAll(List.of(args));
        return command;
    }

    /** @return whether {@code import uvloop} works on {@link #INTERPRETER} */
    static boolean hasUvloop() throws Exception {
        Process p = new ProcessBuilder(INTERPRETER, "-c", "import uvloop").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
