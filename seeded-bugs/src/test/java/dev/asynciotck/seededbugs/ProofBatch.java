package dev.asynciotck.seededbugs;

import dev.asynciotck.runner.Tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A JVM that makes {@code tck run}s one after the other, as {@link ProofWorkers} hands them over:
 * the seeded-bug proofs share a few JVMs rather than take one each, so that the JVM's start-up and
 * warm-up are paid once per worker (they were most of a short proof's time). The kit's settings
 * are per JVM, so the runs of one JVM never overlap. Each run writes its report to its own folder,
 * with what it printed in {@value KitRun#OUTPUT} and its exit status in {@value KitRun#EXIT}.
 */
final class ProofBatch {

    private ProofBatch() {
    }

    /** The line a worker prints on its standard output when a run has ended. */
    static final String DONE = "done";

    /**
     * Reads runs from standard input, one per line (the report folder, then the arguments of
     * {@code tck}, separated by tabs), makes each and then prints {@value #DONE}, until the input ends.
     *
     * @param args none
     */
    public static void main(String[] args) throws IOException {
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream console = System.out;
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            List<String> fields = List.of(line.split("\t"));
            run(Path.of(fields.get(0)), fields.subList(1, fields.size()).toArray(String[]::new));
            console.println(DONE);
            console.flush();
        }
        System.exit(0);
    }

    private static void run(Path report, String[] arguments) {
        PrintStream console = System.out;
        PrintStream errors = System.err;
        try {
            Files.createDirectories(report);
            int exit;
            try (PrintStream output = new PrintStream(Files.newOutputStream(report.resolve(KitRun.OUTPUT)), true,
                    StandardCharsets.UTF_8)) {
                System.setOut(output);
                System.setErr(output);
                try {
                    var cli = Tck.commandLine();
                    cli.setErr(new PrintWriter(output, true));
                    exit = cli.execute(arguments);
                } catch (RuntimeException | Error e) {
                    e.printStackTrace(output);
                    exit = -1;
                } finally {
                    System.setOut(console);
                    System.setErr(errors);
                }
            }
            Files.writeString(report.resolve(KitRun.EXIT), Integer.toString(exit));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of a proof in " + report, e);
        }
    }
}
