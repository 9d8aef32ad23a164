package dev.asynciotck.reference;

import dev.asynciotck.api.Coroutine;
import dev.asynciotck.api.Future;
import dev.asynciotck.api.ProcessOutput;
import dev.asynciotck.api.PyType;
import dev.asynciotck.api.PythonException;
import dev.asynciotck.api.Stdio;
import dev.asynciotck.api.Steps;
import dev.asynciotck.api.Subprocess;
import dev.asynciotck.api.UnixSignals;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program the loop started ({@code asyncio.subprocess.Process}, PROC-*), on
 * {@link ProcessBuilder}. The JVM gives a process's pipes as blocking streams and learns of its end
 * on its own reaper thread, which also reaps it (RESOURCE-PROCESS-1): {@code communicate} writes
 * and reads on threads of its own, one per piped stream, each ending with its stream, and the
 * results, like the exit, reach the loop through its thread-safe inbox, so that the program sees
 * them from the loop's iterations only.
 *
 * <p>The JVM reports a process that signal N ended as the exit status 128 + N, as shells do. The
 * loop turns that into Python's {@code -N} when it sent signal N to the process itself
 * ({@link #sendSignal}); a process that another party's signal ended shows 128 + N. Signals other
 * than SIGTERM and SIGKILL, which {@link Process} sends itself, go through the system's
 * {@code kill} program.
 */
final class ReferenceSubprocess implements Subprocess {

    private static final Pattern ERRNO = Pattern.compile("error=(\\d+), (.*)");
    private static final File NULL_DEVICE = new File("/dev/null");

    private final ReferenceEventLoop loop;
    private final Process process;
    private final Stdio stdout;
    private final Stdio stderr;
    /** The signals this loop sent, from the loop's thread; read there once the process has ended. */
    private final Set<Integer> sent = new HashSet<>();
    private final List<Future> exitWaiters = new ArrayList<>();
    private Long returncode;

    private ReferenceSubprocess(ReferenceEventLoop loop, Process process, Stdio stdout, Stdio stderr) {
        this.loop = loop;
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        process.onExit().thenRun(() -> loop.post(this::exited));
    }

    /** asyncio's {@code create_subprocess_exec}: starts the program when the coroutine runs. */
    static Coroutine start(ReferenceEventLoop loop, List<String> args, Stdio stdin, Stdio stdout, Stdio stderr) {
        List<String> command = List.copyOf(args);
        return Steps.coroutine("create_subprocess_exec", (v, e) -> {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(input(stdin))
                    .redirectOutput(output(stdout))
                    .redirectError(output(stderr));
            try {
                return Steps.done(new ReferenceSubprocess(loop, builder.start(), stdout, stderr));
            } catch (IOException error) {
                throw startError(command.get(0), error);
            }
        });
    }

    private static ProcessBuilder.Redirect input(Stdio stdio) {
        return switch (stdio) {
            case INHERIT -> ProcessBuilder.Redirect.INHERIT;
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case DEVNULL -> ProcessBuilder.Redirect.from(NULL_DEVICE);
        };
    }

    private static ProcessBuilder.Redirect output(Stdio stdio) {
        return switch (stdio) {
            case INHERIT -> ProcessBuilder.Redirect.INHERIT;
            case PIPE -> ProcessBuilder.Redirect.PIPE;
            case DEVNULL -> ProcessBuilder.Redirect.DISCARD;
        };
    }

    /** The JVM's {@code Cannot run program "x": error=2, No such file or directory}, as Python's OSError. */
    private static PythonException startError(String program, IOException error) {
        String message = String.valueOf(error.getMessage());
        Matcher m = ERRNO.matcher(message);
        if (!m.find()) {
            return PythonException.of(PyType.OS_ERROR, message);
        }
        String text = "[Errno " + m.group(1) + "] " + m.group(2) + ": " + PyRepr.of(program);
        return PythonException.of(m.group(1).equals("2") ? PyType.FILE_NOT_FOUND_ERROR : PyType.OS_ERROR, text);
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Long returncode() {
        return returncode;
    }

    /** On the loop's thread, once the JVM has reaped the process. */
    private void exited() {
        int status = process.exitValue();
        int signal = status - 128;
        returncode = (long) (signal > 0 && sent.contains(signal) ? -signal : status);
        for (Future waiter : exitWaiters) {
            if (!waiter.done()) {
                waiter.setResult(returncode);
            }
        }
    }

    @Override
    public Coroutine waitForExit() {
        return Steps.coroutine("wait", (v, e) -> {
            if (returncode != null) {
                return Steps.done(returncode);
            }
            Future waiter = loop.createFuture();
            exitWaiters.add(waiter);
            return Steps.await(waiter, (status, error) -> {
                Steps.raiseIf(error);
                return Steps.done(status);
            });
        });
    }

    @Override
    public Coroutine communicate(byte[] input) {
        return Steps.coroutine("communicate", (v, e) -> {
            CompletableFuture<Void> fed = input == null ? CompletableFuture.completedFuture(null)
                    : onThread("stdin", () -> {
                        feed(process.getOutputStream(), input);
                        return null;
                    });
            CompletableFuture<byte[]> out = read("stdout", stdout, process.getInputStream());
            CompletableFuture<byte[]> err = read("stderr", stderr, process.getErrorStream());
            Future all = loop.createFuture();
            CompletableFuture.allOf(fed, out, err).whenComplete((x, failure) -> loop.post(() -> {
                if (!all.done()) {
                    all.setResult(new ProcessOutput(out.getNow(null), err.getNow(null)));
                }
            }));
            return Steps.await(all, (output, error) -> {
                Steps.raiseIf(error);
                return Steps.await(waitForExit(), (status, exitError) -> {
                    Steps.raiseIf(exitError);
                    return Steps.done(output);
                });
            });
        });
    }

    /** asyncio's {@code _feed_stdin}: writes everything and closes; a process that stopped reading is no error. */
    private static void feed(OutputStream in, byte[] input) {
        try (in) {
            in.write(input);
        } catch (IOException brokenPipe) {
            // asyncio ignores BrokenPipeError and ConnectionResetError here
        }
    }

    private CompletableFuture<byte[]> read(String name, Stdio stdio, InputStream stream) {
        if (stdio != Stdio.PIPE) {
            return CompletableFuture.completedFuture(null);
        }
        return onThread(name, () -> {
            try (stream) {
                return stream.readAllBytes();
            } catch (IOException closed) {
                return new byte[0];
            }
        });
    }

    /** Runs {@code work} on a daemon thread of its own, which ends with it. */
    private <T> CompletableFuture<T> onThread(String name, java.util.function.Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> result.complete(work.get()), "subprocess-" + process.pid() + "-" + name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    @Override
    public void sendSignal(int sig) {
        if (returncode != null) {
            throw PythonException.of(PyType.PROCESS_LOOKUP_ERROR, "");
        }
        sent.add(sig);
        if (sig == UnixSignals.number("TERM")) {
            process.destroy();
        } else if (sig == UnixSignals.number("KILL")) {
            process.destroyForcibly();
        } else {
            kill(sig);
        }
    }

    /** The system's {@code kill -N PID}, waited for (and so reaped) at once. */
    private void kill(int sig) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + sig, String.valueOf(process.pid()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor();
        } catch (IOException error) {
            throw PythonException.of(PyType.OS_ERROR, "cannot send signal " + sig + ": " + error.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
