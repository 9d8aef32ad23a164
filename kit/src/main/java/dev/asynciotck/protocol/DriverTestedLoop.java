package dev.asynciotck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.asynciotck.json.StrictJson;
import dev.asynciotck.program.Program;
import dev.asynciotck.program.ProgramFormatException;
import dev.asynciotck.program.ProgramJson;
import dev.asynciotck.loop.Capability;
import dev.asynciotck.loop.Implementation;
import dev.asynciotck.loop.LoopSelectionException;
import dev.asynciotck.loop.TestedLoop;
import dev.asynciotck.loop.RunOutcome;
import dev.asynciotck.loop.RunMode;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A loop under test run out of process, through a driver that speaks the driver protocol
 * ({@code spec/protocol.md}, version 1) on its standard streams.
 *
 * <p>Programs are sent as {@code run} requests, or by {@link #runAll} as {@code batch}es of up to
 * {@value #BATCH_SIZE}, the next batch sent while the answers to the current one come in. The kit
 * enforces each run's budget: its clock starts when the request is sent, or when the previous
 * run's answer arrives. With {@link RunMode#parallel()} above 1 and a driver that offers
 * {@code parallel-runs}, batches are sent one at a time with {@code "parallel"}, answers are
 * matched by id, and a run's clock starts once it is among the first {@code parallel} unanswered
 * runs. A run whose driver
 * hangs past the budget ({@link RunOutcome.Kind#TIMEOUT}), dies ({@link RunOutcome.Kind#CRASH},
 * with its exit status) or answers something that is not its result ({@link RunOutcome.Kind#GARBAGE},
 * quoting the line) gets a {@link RunOutcome.Fault} that names the program and holds the tail of the
 * driver's stderr; the driver is killed and a new one is started for the next program. An
 * {@code error} line with the run's id is a crash of that run only, and the driver goes on.
 * Results already received are kept whatever happens to later runs.
 */
public final class DriverTestedLoop implements TestedLoop {

    /** How long a driver may take to write its hello. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(20);
    /** The most runs sent in one {@code batch}. */
    public static final int BATCH_SIZE = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private final List<String> command;
    private final Duration startupTimeout;
    private final int batchSize;
    private final DriverHello hello;
    private DriverProcess driver;
    private long runs;
    private boolean closed;

    /**
     * Starts the driver and speaks the handshake.
     *
     * @param id      the identifier the loop was selected with, e.g. {@code python:uvloop}
     * @param command the driver's program and arguments, run without a shell
     * @throws LoopSelectionException if the driver cannot be started or breaks the handshake; the
     *                                message has the tail of its stderr
     */
    public DriverTestedLoop(String id, List<String> command) {
        this(id, command, STARTUP_TIMEOUT, BATCH_SIZE);
    }

    DriverTestedLoop(String id, List<String> command, Duration startupTimeout, int batchSize) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("the driver command is empty");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.id = id;
        this.command = List.copyOf(command);
        this.startupTimeout = startupTimeout;
        this.batchSize = batchSize;
        try {
            driver = DriverProcess.start(this.command, startupTimeout);
        } catch (DriverFailure e) {
            throw new LoopSelectionException("loop '" + id + "' cannot be started: " + e.getMessage(), e);
        }
        hello = driver.hello();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Implementation implementation() {
        return hello.implementation();
    }

    @Override
    public Set<Capability> capabilities() {
        return hello.capabilities();
    }

    /** @return the resolution of the loop's {@code time()} in seconds, from the driver's hello */
    public double clockResolution() {
        return hello.clockResolution();
    }

    @Override
    public RunOutcome run(Program program, RunMode settings) {
        return runAll(List.of(program), settings).get(0);
    }

    @Override
    public synchronized List<RunOutcome> runAll(List<Program> programs, RunMode settings) {
        if (closed) {
            throw new IllegalStateException("the loop under test '" + id + "' is closed");
        }
        RunOutcome[] out = new RunOutcome[programs.size()];
        try {
            exchange(programs, settings, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopDriver();
            fillRest(programs, out, "not run: the kit was interrupted while waiting for the driver");
        }
        return List.copyOf(Arrays.asList(out));
    }

    private void exchange(List<Program> programs, RunMode settings, RunOutcome[] out) throws InterruptedException {
        List<Integer> all = new ArrayList<>(programs.size());
        for (int i = 0; i < programs.size(); i++) {
            all.add(i);
        }
        if (settings.parallel() > 1 && hello.capabilities().contains(Capability.PARALLEL_RUNS)) {
            exchangeParallel(programs, all, settings, out);
        } else {
            exchangeInOrder(programs, all, settings, out);
        }
    }

    /**
     * Sends the programs (those of {@code todo}) in requests of up to {@link #batchSize} runs run
     * one after the other, keeping the next request in flight while the answers to the current one
     * come in, and reads the answers in order. A run that fails in a way that needs a new driver
     * gets its fault; the driver is restarted and the runs after it are sent again.
     */
    private void exchangeInOrder(List<Program> programs, List<Integer> todo, RunMode settings, RunOutcome[] out)
            throws InterruptedException {
        long budget = settings.budget().toNanos();
        Deque<Pending> awaiting = new ArrayDeque<>();
        int scan = 0;
        long clock = 0;
        while (scan < todo.size() || !awaiting.isEmpty()) {
            if (driver == null && !restart(programs, out)) {
                return;
            }
            while (awaiting.size() <= batchSize && scan < todo.size()) {
                List<Pending> chunk = new ArrayList<>();
                scan = nextChunk(programs, todo, scan, chunk, out);
                if (!chunk.isEmpty()) {
                    driver.send(request(chunk, budget / 1e9, virtualTime(settings), 1));
                    if (awaiting.isEmpty()) {
                        clock = System.nanoTime();
                    }
                    awaiting.addAll(chunk);
                }
            }
            if (awaiting.isEmpty()) {
                return;
            }
            Pending run = awaiting.removeFirst();
            if (!answer(run, driver.next(clock + budget), settings, out)) {
                scan = todo.indexOf(run.index()) + 1;
                awaiting.clear();
            }
            clock = System.nanoTime();
        }
    }

    /**
     * Sends the programs in batches whose runs may run {@link RunMode#parallel()} at once, one
     * batch at a time, and reads the answers in the order they come. A run's clock starts when it
     * is among the first {@code parallel} unanswered runs of its batch (the driver starts them in
     * batch order, so it cannot have started earlier). A run over its budget is a timeout; any other
     * trouble (a crash, a garbage line) cannot be pinned on one of the runs in progress, so the
     * batch's unanswered runs are run again one at a time on a new driver, which pins it.
     */
    private void exchangeParallel(List<Program> programs, List<Integer> todo, RunMode settings, RunOutcome[] out)
            throws InterruptedException {
        int scan = 0;
        while (scan < todo.size()) {
            if (driver == null && !restart(programs, out)) {
                return;
            }
            List<Pending> chunk = new ArrayList<>();
            scan = nextChunk(programs, todo, scan, chunk, out);
            if (chunk.isEmpty()) {
                continue;
            }
            driver.send(request(chunk, settings.budget().toNanos() / 1e9, virtualTime(settings), settings.parallel()));
            List<Integer> again = awaitParallel(chunk, settings, out);
            if (!again.isEmpty()) {
                exchangeInOrder(programs, again, settings, out);
            }
        }
    }

    /** @return the indices of the runs to run again one at a time (none when every run was answered) */
    private List<Integer> awaitParallel(List<Pending> chunk, RunMode settings, RunOutcome[] out)
            throws InterruptedException {
        long budget = settings.budget().toNanos();
        Map<String, Pending> awaiting = new LinkedHashMap<>();
        chunk.forEach(p -> awaiting.put(p.runId(), p));
        Map<String, Long> clocks = new HashMap<>();
        startClocks(awaiting, settings.parallel(), clocks);
        while (!awaiting.isEmpty()) {
            Pending oldest = awaiting.values().iterator().next();
            Incoming in = driver.next(clocks.get(oldest.runId()) + budget);
            if (in instanceof Incoming.TimedOut) {
                driver.kill();
                awaiting.remove(oldest.runId());
                out[oldest.index()] = faultAndRestart(RunOutcome.Kind.TIMEOUT, oldest, "it did not finish within "
                        + settings.budgetText() + " (the budget) while running beside "
                        + (settings.parallel() - 1) + " other programs at most; the driver was killed and the "
                        + awaiting.size() + " unanswered runs of its batch are run again one at a time");
                return indices(awaiting);
            }
            Pending run = in instanceof Incoming.Line line ? awaiting.get(AnswerReader.runId(line.text())) : null;
            Answer answer = run == null ? null : AnswerReader.read(((Incoming.Line) in).text(), run.runId());
            if (answer instanceof Answer.Done done) {
                out[run.index()] = done.outcome();
            } else if (answer instanceof Answer.Failed failed && failed.driverHealthy()) {
                out[run.index()] = new RunOutcome.Fault(failed.kind(), describe(run) + ": " + failed.what()
                        + ". The driver goes on with the next program. " + driver.stderrTail());
            } else {
                driver.kill();
                driver = null;
                return indices(awaiting);
            }
            awaiting.remove(run.runId());
            startClocks(awaiting, settings.parallel(), clocks);
        }
        return List.of();
    }

    private static void startClocks(Map<String, Pending> awaiting, int parallel, Map<String, Long> clocks) {
        long now = System.nanoTime();
        int n = 0;
        for (String runId : awaiting.keySet()) {
            if (n++ == parallel) {
                return;
            }
            clocks.putIfAbsent(runId, now);
        }
    }

    private static List<Integer> indices(Map<String, Pending> awaiting) {
        List<Integer> out = new ArrayList<>();
        awaiting.values().forEach(p -> out.add(p.index()));
        return out;
    }

    /** Adds the next runs of {@code todo}, from {@code scan}, to {@code chunk}; @return the new scan */
    private int nextChunk(List<Program> programs, List<Integer> todo, int scan, List<Pending> chunk, RunOutcome[] out) {
        for (; scan < todo.size() && chunk.size() < batchSize; scan++) {
            int index = todo.get(scan);
            Program program = programs.get(index);
            try {
                chunk.add(new Pending(index, program, ProgramJson.toJson(program), "r" + (++runs)));
            } catch (ProgramFormatException e) {
                out[index] = new RunOutcome.InvalidProgram(e.getMessage());
            }
        }
        return scan;
    }

    private boolean virtualTime(RunMode settings) {
        return settings.virtualTime() && hello.capabilities().contains(Capability.VIRTUAL_TIME);
    }

    /**
     * Records what the driver's next line (or its silence, or its end) says about a run.
     *
     * @return whether the driver goes on; if not, it has been killed and must be restarted
     */
    private boolean answer(Pending run, Incoming in, RunMode settings, RunOutcome[] out)
            throws InterruptedException {
        if (in instanceof Incoming.TimedOut) {
            driver.kill();
            out[run.index()] = faultAndRestart(RunOutcome.Kind.TIMEOUT, run, "it did not finish within "
                    + settings.budgetText() + " (the budget); the driver was killed");
            return false;
        }
        if (in instanceof Incoming.Closed) {
            String what = driver.afterEnd();
            out[run.index()] = faultAndRestart(RunOutcome.Kind.CRASH, run, "the driver " + what + " while running it");
            return false;
        }
        Answer answer = AnswerReader.read(((Incoming.Line) in).text(), run.runId());
        if (answer instanceof Answer.Done done) {
            out[run.index()] = done.outcome();
            return true;
        }
        Answer.Failed failed = (Answer.Failed) answer;
        if (failed.driverHealthy()) {
            out[run.index()] = new RunOutcome.Fault(failed.kind(), describe(run) + ": " + failed.what()
                    + ". The driver goes on with the next program. " + driver.stderrTail());
            return true;
        }
        driver.kill();
        out[run.index()] = faultAndRestart(failed.kind(), run, failed.what() + "; the driver was killed");
        return false;
    }

    private RunOutcome.Fault faultAndRestart(RunOutcome.Kind kind, Pending run, String what) {
        String tail = driver.stderrTail();
        driver.close();
        driver = null;
        return new RunOutcome.Fault(kind, describe(run) + ": " + what
                + ". The next program runs on a new driver. " + tail);
    }

    private boolean restart(List<Program> programs, RunOutcome[] out) {
        try {
            driver = DriverProcess.start(command, startupTimeout);
            return true;
        } catch (DriverFailure e) {
            fillRest(programs, out, "not run: the driver could not be restarted: " + e.getMessage());
            return false;
        }
    }

    private static void fillRest(List<Program> programs, RunOutcome[] out, String why) {
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = new RunOutcome.Fault(RunOutcome.Kind.CRASH, describe(programs.get(i), null) + ": " + why);
            }
        }
    }

    private static JsonNode request(List<Pending> chunk, double budgetSeconds, boolean virtualTime, int parallel) {
        if (chunk.size() == 1) {
            ObjectNode run = NODES.objectNode();
            run.put("type", "run");
            fill(run, chunk.get(0), budgetSeconds, virtualTime);
            return run;
        }
        ObjectNode batch = NODES.objectNode();
        batch.put("type", "batch");
        ArrayNode runs = batch.putArray("runs");
        for (Pending p : chunk) {
            fill(runs.addObject(), p, budgetSeconds, virtualTime);
        }
        if (parallel > 1) {
            batch.put("parallel", parallel);
        }
        return batch;
    }

    private static void fill(ObjectNode run, Pending p, double budgetSeconds, boolean virtualTime) {
        run.put("id", p.runId());
        run.put("budget", budgetSeconds);
        run.set("program", p.json());
        if (virtualTime) {
            run.put("virtual_time", true);
        }
    }

    private static String describe(Pending run) {
        return describe(run.program(), run.runId());
    }

    private static String describe(Program program, String runId) {
        String run = runId == null ? "" : " (run " + runId + ")";
        if (!program.name().isEmpty()) {
            return "program " + StrictJson.quote(program.name()) + run;
        }
        String text = program.toString().strip().lines().findFirst().orElse("");
        return "the unnamed program starting " + DriverProcess.quote(text.isEmpty() ? "(empty)" : text) + run;
    }

    private void stopDriver() {
        if (driver != null) {
            driver.kill();
            driver = null;
        }
    }

    /** Says {@code bye} to the driver, gives it a moment to exit, then kills it. */
    @Override
    public synchronized void close() {
        closed = true;
        if (driver != null) {
            driver.close();
            driver = null;
        }
    }

    /** One run of a request: the program's place in the caller's list, its JSON, and its id. */
    private record Pending(int index, Program program, JsonNode json, String runId) {
    }
}
