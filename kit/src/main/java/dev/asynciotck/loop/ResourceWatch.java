package dev.asynciotck.loop;

import dev.asynciotck.api.UnixSignals;
import dev.asynciotck.interpreter.ProcessSignals;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What a JVM loop's program run alone leaves behind (RESOURCE-FD-1, RESOURCE-THREAD-1,
 * RESOURCE-SIGNAL-1: the signals the process began to catch, from {@code /proc/self/status};
 * RESOURCE-PROCESS-1: the child processes, running or not reaped), as the
 * Python driver's {@code tck_resources} finds it for Python loops: the file descriptors of this
 * process that are sockets, pipes or selectors ({@code /proc/self/fd}, where the platform has it)
 * and the threads, before the program and once its loops are closed. The threads that appeared
 * get the vocabulary's {@code leaks.join_seconds} in all to end; a thread still alive then, or a
 * descriptor opened during the run and still open, is a leak. The JDK's own "process reaper"
 * threads, which it keeps for a while after a child process ends to reap the next, are not the
 * program's. Once the leaks are known, {@link #endChildren()} kills the children the program left.
 */
final class ResourceWatch {

    private static final Path FDS = Path.of("/proc/self/fd");
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final List<String> WATCHED = List.of("socket:", "pipe:", "anon_inode:");
    /**
     * How the names of the JDK's threads that reap child processes begin (a pool of its own, kept a
     * minute). While one waits for a child, its name is "process reaper (pid N)"; it takes back the
     * plain name once the child is reaped, so a check of the whole name races with it.
     */
    private static final String JDK_REAPER = "process reaper";

    private final Map<Integer, String> fds;
    private final Set<Thread> threads;
    private final Long signals;
    private final Set<Long> children;

    private ResourceWatch(Map<Integer, String> fds, Set<Thread> threads, Long signals, Set<Long> children) {
        this.fds = fds;
        this.threads = threads;
        this.signals = signals;
        this.children = children;
    }

    /** @return the resources now, to compare with once the program has run */
    static ResourceWatch start() {
        return new ResourceWatch(fds(), new HashSet<>(Thread.getAllStackTraces().keySet()), caughtSignals(), children());
    }

    /** @return the signals the process catches (SigCgt), or null where that cannot be read */
    private static Long caughtSignals() {
        Map<String, Long> masks = ProcessSignals.masks();
        return masks == null ? null : masks.get("SigCgt");
    }

    /**
     * @param joinSeconds how long the threads that appeared have in all to end
     * @return what appeared since {@link #start()} and is still there: descriptors by number, then
     *         threads by name
     * @throws InterruptedException if interrupted while the threads are given time to end
     */
    List<Leak> leaks(double joinSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (joinSeconds * 1e9);
        List<Thread> alive = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!threads.contains(t) && t != Thread.currentThread() && !t.getName().startsWith(JDK_REAPER)) {
                t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                if (t.isAlive()) {
                    alive.add(t);
                }
            }
        }
        List<Leak> out = new ArrayList<>();
        Map<Integer, String> now = fds();
        if (fds != null && now != null) {
            Map<String, String> sockets = null;
            for (Map.Entry<Integer, String> fd : now.entrySet()) {
                if (!fd.getValue().equals(fds.get(fd.getKey()))) {
                    if (sockets == null) {
                        sockets = SocketTable.read();
                    }
                    String socket = sockets.get(fd.getValue());
                    out.add(new Leak("fd", "fd " + fd.getKey() + ": " + fd.getValue() + (socket == null ? "" : " (" + socket + ")")));
                }
            }
        }
        alive.sort(Comparator.comparing(Thread::getName));
        for (Thread t : alive) {
            out.add(new Leak("thread", "thread '" + t.getName() + "'" + (t.isDaemon() ? " (daemon)" : "")));
        }
        Long caught = caughtSignals();
        if (signals != null && caught != null) {
            for (int sig = 1; sig <= 64; sig++) {
                long bit = 1L << (sig - 1);
                if (ProcessSignals.forLoops(sig) && (caught & bit) != 0 && (signals & bit) == 0) {
                    String name = UnixSignals.name(sig);
                    out.add(new Leak("signal", "signal " + sig + " (" + (name == null ? "SIG" + sig : "SIG" + name)
                            + ") still caught"));
                }
            }
        }
        for (long pid : newChildren()) {
            out.add(new Leak("process", describeProcess(pid)));
        }
        return out;
    }

    /** Kills (SIGKILL) the child processes that appeared since {@link #start()}; the JDK reaps them. */
    void endChildren() {
        for (long pid : newChildren()) {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                try {
                    p.onExit().get(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    // reported already; a process that will not die is the system's
                }
            });
        }
    }

    private List<Long> newChildren() {
        List<Long> out = new ArrayList<>(children());
        out.removeAll(children);
        out.sort(null);
        return out;
    }

    /**
     * @return the pids of this process's children, zombies included: from each thread's
     *         {@code /proc/self/task/T/children} where the platform has them (a third of the time
     *         ProcessHandle takes, which reads every process of the system), else ProcessHandle's
     */
    private static Set<Long> children() {
        Set<Long> out = new HashSet<>();
        if (Files.isDirectory(TASKS)) {
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
                for (Path task : tasks) {
                    String pids;
                    try {
                        pids = Files.readString(task.resolve("children")).trim();
                    } catch (IOException e) {
                        continue;  // the thread ended while listed, or no such file: ProcessHandle's below
                    }
                    for (String pid : pids.isEmpty() ? new String[0] : pids.split("\\s+")) {
                        out.add(Long.parseLong(pid));
                    }
                }
                if (Files.exists(TASKS.resolve(String.valueOf(ProcessHandle.current().pid())).resolve("children"))) {
                    return out;
                }
            } catch (IOException | NumberFormatException e) {
                out.clear();
            }
        }
        ProcessHandle.current().children().forEach(p -> out.add(p.pid()));
        return out;
    }

    /** @return {@code process N (NAME) still running}, or {@code ended, not reaped (a zombie)}, from /proc/N/stat */
    private static String describeProcess(long pid) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        } catch (IOException | RuntimeException e) {
            return "process " + pid + " still running";
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open || close + 2 >= stat.length()) {
            return "process " + pid + " still running";
        }
        String name = stat.substring(open + 1, close);
        return "process " + pid + " (" + name + ")"
                + (stat.charAt(close + 2) == 'Z' ? " ended, not reaped (a zombie)" : " still running");
    }

    /** @return the watched descriptors by number, or null where there is no {@code /proc/self/fd} */
    private static Map<Integer, String> fds() {
        if (!Files.isDirectory(FDS)) {
            return null;
        }
        Map<Integer, String> out = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(FDS)) {
            for (Path entry : entries) {
                try {
                    String target = Files.readSymbolicLink(entry).toString();
                    if (WATCHED.stream().anyMatch(target::startsWith)) {
                        out.put(Integer.parseInt(entry.getFileName().toString()), target);
                    }
                } catch (IOException | NumberFormatException e) {
                    // closed while listed (the listing's own descriptor, say): not open now
                }
            }
        } catch (IOException e) {
            return null;
        }
        return out;
    }
}
