package dev.asynciotck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.json.StrictJson;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One driver subprocess: started from an argument list (never through a shell), handshaken, then
 * fed request lines and read answer lines. Its stdout is read on a thread into a queue (so waiting
 * for an answer can time out), its stderr straight into a file ({@link StderrTail}), and its stdin
 * is written on another (so a driver that stops reading cannot block the kit). Drivers still alive
 * when the JVM exits are killed.
 */
final class DriverProcess {

    /** How long a driver may take to exit after {@code bye}, the end of its input, or a kill. */
    static final Duration EXIT_WAIT = Duration.ofSeconds(2);

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final String END_OF_INPUT = new String("end of input");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(DriverProcess::destroy),
                "tck-driver-reaper"));
    }

    private final List<String> command;
    private final Process process;
    /** Its TMPDIR: a directory of its own, removed once it has ended ({@link #kill}). */
    private java.nio.file.Path scratch;
    private final BlockingQueue<Incoming> stdout = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> stdin = new LinkedBlockingQueue<>();
    private final StderrTail stderr;
    private DriverHello hello;

    private DriverProcess(List<String> command, Process process, StderrTail stderr) {
        this.command = List.copyOf(command);
        this.process = process;
        this.stderr = stderr;
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        daemon("tck-driver-stdout", () -> readStdout(process.getInputStream())).start();
        daemon("tck-driver-stdin", () -> writeStdin(new BufferedWriter(
                new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)))).start();
    }

    /**
     * Starts a driver and speaks the handshake.
     *
     * @param command        the program and its arguments
     * @param startupTimeout how long it may take to write its hello
     * @return the driver, ready for requests
     * @throws DriverFailure if it cannot be started, writes no hello in time, exits, writes
     *                       something that is not a hello, or speaks another protocol version;
     *                       the message has the tail of its stderr
     */
    static DriverProcess start(List<String> command, Duration startupTimeout) {
        Process process;
        StderrTail stderr = new StderrTail();
        java.nio.file.Path scratch;
        try {
            // the driver's temporary files (unix_socket_path()'s directories) go in a directory of
            // its own, removed when it ends: also when it is killed in the middle of a program
            scratch = java.nio.file.Files.createTempDirectory("tck-driver-");
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.file().toFile());
            builder.environment().put("TMPDIR", scratch.toString());
            process = builder.start();
        } catch (IOException e) {
            stderr.delete();
            throw new DriverFailure("cannot start the driver " + commandLine(command) + ": " + e.getMessage(), e);
        }
        process.onExit().thenRun(() -> removeTree(scratch));  // a driver that ends by itself
        DriverProcess driver = new DriverProcess(command, process, stderr);
        driver.scratch = scratch;
        try {
            driver.handshake(startupTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            driver.kill();
            throw new DriverFailure("interrupted while waiting for the hello of the driver " + commandLine(command));
        }
        return driver;
    }

    private void handshake(Duration startupTimeout) throws InterruptedException {
        Incoming first = next(System.nanoTime() + startupTimeout.toNanos());
        if (first instanceof Incoming.TimedOut) {
            kill();
            throw failure("wrote no hello within " + startupTimeout.toMillis() + " ms; it was killed");
        }
        if (first instanceof Incoming.Closed) {
            throw failure(afterEnd() + " before its hello");
        }
        String line = ((Incoming.Line) first).text();
        JsonNode json;
        try {
            json = StrictJson.parse(line, DriverFailure::new);
            int protocol = DriverHello.protocolOf(json);
            if (protocol != DriverHello.PROTOCOL) {
                refuse(protocol);
            }
            hello = DriverHello.parse(json);
        } catch (DriverFailure e) {
            endInput();
            throw failure("broke the handshake: " + e.getMessage() + "; its first line was " + quote(line));
        }
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("type", "hello");
        answer.put("protocol", DriverHello.PROTOCOL);
        send(answer);
    }

    private void refuse(int protocol) throws InterruptedException {
        String message = "driver speaks protocol " + protocol + ", the kit speaks " + DriverHello.PROTOCOL;
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        error.put("type", "error");
        error.put("message", "the kit speaks protocol " + DriverHello.PROTOCOL + " only, the driver spoke "
                + protocol);
        send(error);
        endInput();
        throw new DriverFailure(message + " (the kit refused it with an error line)");
    }

    /**
     * Closes its input and waits for it to exit; kills it if it does not exit in time.
     *
     * @return whether it exited by itself
     * @throws InterruptedException if the waiting thread is interrupted
     */
    private boolean endInput() throws InterruptedException {
        stdin.add(END_OF_INPUT);
        if (!process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            return false;
        }
        return true;
    }

    /** @return what the driver said in its hello */
    DriverHello hello() {
        return hello;
    }

    /** @return the argument list it was started with, for messages */
    List<String> command() {
        return command;
    }

    /** @param message a request, written as one line */
    void send(JsonNode message) {
        stdin.add(StrictJson.compact(message));
    }

    /**
     * @param deadline a {@link System#nanoTime()} value
     * @return the next non-blank line of stdout, its end, or the news that the deadline passed
     * @throws InterruptedException if the waiting thread is interrupted
     */
    Incoming next(long deadline) throws InterruptedException {
        Incoming in = stdout.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (in == null) {
            return new Incoming.TimedOut();
        }
        if (in instanceof Incoming.Closed) {
            stdout.add(in);
        }
        return in;
    }

    /** @return the tail of its stderr, as a paragraph for a message */
    String stderrTail() {
        return stderr.describe();
    }

    /**
     * Called once its stdout has ended: waits for it to exit, killing it if it does not.
     *
     * @return what happened, e.g. {@code exited with status 3}
     * @throws InterruptedException if the waiting thread is interrupted
     */
    String afterEnd() throws InterruptedException {
        return endInput() ? "exited with " + status(process.exitValue())
                : "closed its stdout without exiting (it was killed)";
    }

    /** Kills it (and what it started), waits for it, then removes its temporary directory. */
    void kill() {
        stdin.add(END_OF_INPUT);
        destroy(process);
        try {
            process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (scratch != null) {
            removeTree(scratch);
        }
    }

    /** Sends {@code bye}, closes its input, waits briefly for it to exit, then kills it and deletes its stderr. */
    void close() {
        if (process.isAlive()) {
            ObjectNode bye = JsonNodeFactory.instance.objectNode();
            bye.put("type", "bye");
            send(bye);
            stdin.add(END_OF_INPUT);
            try {
                process.waitFor(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        kill();
        stderr.delete();
    }

    /**
     * @param what what the driver did, e.g. {@code exited with status 2 before its hello}
     * @return the failure, naming the command and with the tail of stderr
     */
    private DriverFailure failure(String what) {
        return new DriverFailure("the driver " + commandLine(command) + " " + what + ". " + stderr.describe());
    }

    static String status(int exitValue) {
        return exitValue > 128 && exitValue < 160
                ? "status " + exitValue + " (killed by signal " + (exitValue - 128) + "?)"
                : "status " + exitValue;
    }

    /**
     * @param line a line the driver wrote
     * @return it quoted, cut short when long
     */
    static String quote(String line) {
        String cut = line.length() <= 200 ? line : line.substring(0, 199) + "…";
        return StrictJson.quote(cut);
    }

    static String commandLine(List<String> command) {
        return command.stream().map(a -> a.isEmpty() || a.matches(".*[\\s'\"\\\\].*") ? StrictJson.quote(a) : a)
                .collect(Collectors.joining(" "));
    }

    /** Removes a directory and what is in it; what cannot be removed is left to the system. */
    private static void removeTree(java.nio.file.Path dir) {
        try (java.util.stream.Stream<java.nio.file.Path> inside = java.nio.file.Files.walk(dir)) {
            for (java.nio.file.Path p : inside.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // a temporary directory the system cleans up in the end
        }
    }

    private static void destroy(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void readStdout(InputStream in) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    stdout.add(new Incoming.Line(line));
                }
            }
        } catch (IOException e) {
            // the process was killed or its pipe broke: its output ends here
        } finally {
            stdout.add(new Incoming.Closed());
        }
    }

    private void writeStdin(Writer out) {
        try (out) {
            while (true) {
                String line = stdin.take();
                if (line == END_OF_INPUT) {
                    return;
                }
                out.write(line);
                out.write('\n');
                if (stdin.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the driver is gone or stopped reading; waiting for its answers will tell
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
