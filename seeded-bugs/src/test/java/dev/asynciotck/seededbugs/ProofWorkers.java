package dev.asynciotck.seededbugs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Makes the seeded-bug runs in a few worker JVMs ({@link ProofBatch}), each taking the next run
 * as soon as it is free, with the {@code seeded_bugs} package on the Python drivers' PYTHONPATH. A
 * worker that dies or overruns {@value #RUN_LIMIT_MINUTES} minutes on one run is stopped, with its
 * drivers; that run reports what it printed, and a new worker takes the runs that are left.
 */
final class ProofWorkers {

    /** Longer than any run takes: the kit itself bounds every program by its time budget. */
    private static final long RUN_LIMIT_MINUTES = 15;

    private static final String ENDED = "\u0000ended";

    private record Job(KitRun.Request request, CompletableFuture<KitRun> result) {
    }

    private final ConcurrentLinkedQueue<Job> jobs = new ConcurrentLinkedQueue<>();
    private final Path logs;

    /** @param logs the folder where each worker's own output goes (what it prints outside the runs) */
    ProofWorkers(Path logs) {
        this.logs = logs;
    }

    /**
     * @param request a run to make
     * @return what it will have done; it starts once {@link #start} is called
     */
    CompletableFuture<KitRun> submit(KitRun.Request request) {
        CompletableFuture<KitRun> result = new CompletableFuture<>();
        jobs.add(new Job(request, result));
        return result;
    }

    /** @param workers how many worker JVMs take the submitted runs */
    void start(int workers) {
        for (int i = 0; i < workers; i++) {
            Path log = logs.resolve("worker-" + i + ".log");
            Thread thread = new Thread(() -> work(log), "seeded-bug proofs " + i);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void work(Path log) {
        Worker worker = null;
        for (Job job = jobs.poll(); job != null; job = jobs.poll()) {
            try {
                if (worker == null) {
                    worker = new Worker(log);
                }
                if (!worker.run(job.request())) {
                    worker.stop();
                    worker = null;
                }
                job.result().complete(job.request().result(log));
            } catch (RuntimeException | IOException e) {
                job.result().completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                job.result().completeExceptionally(e);
                return;
            }
        }
        if (worker != null) {
            worker.stop();
        }
    }

    /** One worker JVM and the lines it prints. */
    private static final class Worker {

        private final Process process;
        private final Writer requests;
        private final BlockingQueue<String> printed = new LinkedBlockingQueue<>();

        Worker(Path log) throws IOException {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), ProofBatch.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            String pythonPath = System.getenv("PYTHONPATH");
            builder.environment().put("PYTHONPATH", SeededLoop.PYTHON_FOLDER.toAbsolutePath()
                    + (pythonPath == null || pythonPath.isBlank() ? "" : ":" + pythonPath));
            process = builder.start();
            requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        printed.add(line);
                    }
                } catch (IOException e) {
                    // the worker is gone: said below
                }
                printed.add(ENDED);
            }, "seeded-bug proofs reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** @return whether the run ended and the worker can take another */
        boolean run(KitRun.Request request) throws InterruptedException {
            try {
                Files.createDirectories(request.report());
                Files.deleteIfExists(request.report().resolve(KitRun.EXIT));
                requests.write(request.report().toAbsolutePath() + "\t" + String.join("\t", request.arguments()) + "\n");
                requests.flush();
            } catch (IOException e) {
                return false;
            }
            String line;
            do {
                line = printed.poll(RUN_LIMIT_MINUTES, TimeUnit.MINUTES);
            } while (line != null && !line.equals(ProofBatch.DONE) && !line.equals(ENDED));
            return ProofBatch.DONE.equals(line);
        }

        void stop() {
            try {
                requests.close();
            } catch (IOException e) {
                // it has stopped already
            }
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
