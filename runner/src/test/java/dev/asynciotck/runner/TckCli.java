package dev.asynciotck.runner;

import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs {@code tck} in this JVM and captures what it prints. */
final class TckCli {

    /**
     * @param exit what it exited with
     * @param out  what it printed on standard output
     * @param err  what it printed on standard error (usage errors)
     */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    private TckCli() {
    }

    static synchronized Result run(String... args) {
        PrintStream previous = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Tck.commandLine();
            cli.setErr(new PrintWriter(err));
            int exit = cli.execute(args);
            return new Result(exit, captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(previous);
        }
    }
}
