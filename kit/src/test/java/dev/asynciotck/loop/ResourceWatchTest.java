package dev.asynciotck.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** What {@link ResourceWatch} counts as the program's (RESOURCE-THREAD-1, RESOURCE-PROCESS-1). */
@EnabledOnOs(OS.LINUX)
class ResourceWatchTest {

    @Test
    void aChildStillRunningIsAProcessLeakAndTheJdkReaperWaitingForItIsNotAThreadLeak() throws Exception {
        ResourceWatch watch = ResourceWatch.start();
        Process child = new ProcessBuilder("sleep", "60")
                .redirectInput(new File("/dev/null"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            // the JDK's reaper is named "process reaper (pid N)" while it waits for the child
            // (only threads and processes: the test runner's own sockets come and go meanwhile)
            List<Leak> leaks = watch.leaks(0.2).stream().filter(l -> !l.resource().equals("fd")).toList();
            assertEquals(List.of(new Leak("process", "process " + child.pid() + " (sleep) still running")), leaks);
        } finally {
            watch.endChildren();
            child.destroyForcibly().waitFor();
        }
    }
}
