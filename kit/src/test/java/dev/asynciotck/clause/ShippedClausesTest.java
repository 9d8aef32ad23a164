package dev.asynciotck.clause;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog shipped in the jar: exactly the fixed ids, each clause well formed. */
class ShippedClausesTest {

    /** The fixed ids, in file order. */
    private static final List<String> EXPECTED_IDS = List.of(
            "LOOP-SOON-1", "LOOP-SOON-2", "LOOP-SOON-3", "LOOP-SOON-4", "LOOP-SOON-5", "LOOP-SOON-6", "LOOP-SOON-7", "LOOP-SOON-8",
            "LOOP-TIMER-1", "LOOP-TIMER-2", "LOOP-TIMER-3", "LOOP-TIMER-4", "LOOP-TIMER-5", "LOOP-TIMER-6",
            "LOOP-TIMER-7", "LOOP-TIMER-8",
            "LOOP-RUN-1", "LOOP-RUN-2", "LOOP-STOP-1", "LOOP-STOP-2", "LOOP-STOP-3", "LOOP-RUC-1", "LOOP-RUC-2",
            "LOOP-RUC-3", "LOOP-RUC-4", "LOOP-RUC-5", "LOOP-RUC-6", "LOOP-STATE-1", "LOOP-CLOSE-1",
            "LOOP-CLOSE-2", "LOOP-CLOSE-3", "LOOP-CLOSE-4",
            "LOOP-NEST-1", "LOOP-NEST-2", "LOOP-NEST-3", "LOOP-NEST-4", "LOOP-RUNNING-1",
            "FUT-STATE-1", "FUT-STATE-2", "FUT-STATE-3", "FUT-STATE-4", "FUT-STATE-5", "FUT-CANCEL-1",
            "FUT-CANCEL-2", "FUT-CB-1", "FUT-CB-2", "FUT-CB-3", "FUT-CB-4", "FUT-CB-5",
            "TASK-CREATE-1", "TASK-CREATE-2", "TASK-RESULT-1", "TASK-RESULT-2", "TASK-CANCEL-1", "TASK-CANCEL-2", "TASK-CANCEL-3",
            "TASK-CANCEL-4", "TASK-CANCEL-5", "TASK-CANCEL-6", "TASK-CANCEL-7", "TASK-CANCEL-8",
            "TASK-CANCEL-9", "TASK-NAME-1", "TASK-NAME-2", "TASK-AWAIT-1", "TASK-AWAIT-2", "TASK-ENSURE-1", "TASK-ALL-1",
            "TASK-CORO-1", "TASK-FACTORY-1", "TASK-FACTORY-2", "TASK-EAGER-1", "TASK-EAGER-2",
            "CTX-CALLBACK-1", "CTX-CALLBACK-2", "CTX-TASK-1", "CTX-TASK-2",
            "GATHER-ORDER-1", "GATHER-EXC-1", "GATHER-EXC-2", "GATHER-CANCEL-1", "GATHER-CANCEL-2",
            "GATHER-EMPTY-1",
            "WAIT-RESULT-1", "WAIT-WHEN-1", "WAIT-WHEN-2", "WAIT-WHEN-3", "WAIT-TIMEOUT-1", "WAIT-ERR-1",
            "WAIT-ERR-2", "WAIT-CANCEL-1",
            "SLEEP-ZERO-1", "SLEEP-RESULT-1",
            "QUEUE-ORDER-1", "QUEUE-ORDER-2", "QUEUE-ORDER-3", "QUEUE-SIZE-1", "QUEUE-SIZE-2", "QUEUE-SIZE-3",
            "QUEUE-WAIT-1", "QUEUE-CANCEL-1", "QUEUE-JOIN-1", "QUEUE-JOIN-2", "QUEUE-SHUTDOWN-1", "QUEUE-SHUTDOWN-2",
            "LOCK-ACQUIRE-1", "LOCK-FAIR-1", "LOCK-CANCEL-1", "LOCK-RELEASE-1", "LOCK-WITH-1", "EVENT-WAIT-1",
            "EVENT-WAIT-2", "EVENT-CANCEL-1", "SEM-VALUE-1", "SEM-VALUE-2", "SEM-FAIR-1", "SEM-FAIR-2", "SEM-BOUND-1",
            "COND-LOCK-1", "COND-NOTIFY-1", "COND-WAIT-1", "COND-WAITFOR-1", "BARRIER-WAIT-1", "BARRIER-STATE-1",
            "BARRIER-RESET-1", "BARRIER-ABORT-1",
            "TIMEOUT-EXPIRE-1", "TIMEOUT-EXPIRE-2", "TIMEOUT-WHEN-1", "TIMEOUT-RESCHEDULE-1", "TIMEOUT-RESCHEDULE-2",
            "TIMEOUT-NEST-1", "TIMEOUT-CANCEL-1", "WAITFOR-RESULT-1", "WAITFOR-TIMEOUT-1", "WAITFOR-TIMEOUT-2",
            "WAITFOR-ZERO-1", "WAITFOR-CANCEL-1", "WAITFOR-TASK-1", "SHIELD-CANCEL-1", "SHIELD-RESULT-1",
            "ASCOMPLETED-ORDER-1", "ASCOMPLETED-ORDER-2", "ASCOMPLETED-ORDER-3", "ASCOMPLETED-TIMEOUT-1",
            "ASCOMPLETED-ASYNC-1", "ASCOMPLETED-ASYNC-2", "ASCOMPLETED-ARG-1", "ASCOMPLETED-CANCEL-1",
            "TASKGROUP-WAIT-1", "TASKGROUP-ERROR-1", "TASKGROUP-ERROR-2", "TASKGROUP-ERROR-3", "TASKGROUP-CANCEL-1",
            "TASKGROUP-CANCEL-2", "TASKGROUP-CANCEL-3", "TASKGROUP-CREATE-1",
            "RUN-RESULT-1", "RUN-LOOP-1", "RUN-CANCEL-1", "RUN-CANCEL-2", "RUN-ASYNCGEN-1", "RUN-NEST-1", "RUN-ARG-1",
            "RUNNER-LOOP-1", "RUNNER-CLOSE-1", "RUNNER-NEST-1",
            "SERVER-STATE-1", "SERVER-STATE-2", "SERVER-CLOSE-1", "CONNECT-REFUSED-1", "PROTO-ORDER-1",
            "TRANSPORT-WRITE-1", "TRANSPORT-WRITE-2", "TRANSPORT-CLOSE-1", "TRANSPORT-CLOSE-2", "TRANSPORT-CLOSE-3",
            "TRANSPORT-READ-1", "TRANSPORT-INFO-1", "TRANSPORT-INFO-2",
            "EXECUTOR-RUN-1", "EXECUTOR-DEFAULT-1", "EXECUTOR-DEFAULT-2", "EXECUTOR-SHUTDOWN-1", "EXECUTOR-TOTHREAD-1", "DEBUG-MODE-1", "DEBUG-CHECK-1",
            "DEBUG-THREAD-1", "PROTO-FLOW-1", "PROTO-EOF-1", "PROTO-ERROR-1", "SERVER-SERVE-1",
            "RESOURCE-FD-1", "RESOURCE-THREAD-1",
            "WATCH-READ-1", "WATCH-READ-2", "WATCH-WRITE-1", "WATCH-REMOVE-1", "WATCH-REMOVE-2", "WATCH-CLOSED-1",
            "SOCK-RECV-1", "SOCK-RECV-2", "SOCK-RECV-3", "SOCK-SENDALL-1", "SOCK-SENDALL-2", "SOCK-WATCH-1",
            "SIGNAL-HANDLER-1", "SIGNAL-HANDLER-2", "SIGNAL-REMOVE-1", "SIGNAL-NUMBER-1", "SIGNAL-CHILD-1",
            "SIGNAL-CLOSED-1", "SIGNAL-CHECK-1", "RESOURCE-SIGNAL-1",
            "PROC-EXEC-1", "PROC-SHELL-1", "PROC-PIPE-1", "PROC-SIGNAL-1", "PROC-EXITED-1", "PROC-MISSING-1", "PROC-CANCEL-1",
            "RESOURCE-PROCESS-1",
            "ERROR-HANDLER-1", "ERROR-HANDLER-2", "ERROR-HANDLER-3", "ERROR-CALL-1", "ERROR-CALL-2",
            "STREAM-OPEN-1", "STREAM-READ-1", "STREAM-LINE-1", "STREAM-EXACT-1", "STREAM-UNTIL-1", "STREAM-LIMIT-1",
            "STREAM-CLOSE-1", "STREAM-DRAIN-1", "UDP-ENDPOINT-1", "UDP-CONNECTED-1", "UDP-ERROR-1", "UDP-DATA-1",
            "DNS-ADDRINFO-1", "DNS-NAMEINFO-1", "UNIX-SERVER-1", "UNIX-MISSING-1", "UNIX-STREAM-1",
            "TLS-CONNECT-1", "TLS-CONNECT-2", "TLS-VERIFY-1", "TLS-START-1",
            "SOCK-CONNECT-1", "SOCK-CONNECT-2", "SOCK-ACCEPT-1", "CONNECT-ACCEPTED-1",
            "THREADSAFE-CORO-1", "THREADSAFE-CORO-2", "DEBUG-SLOW-1", "TASK-UNRETRIEVED-1");

    private static final Set<String> PYTHON_3_11_ONLY = Set.of("TASK-CANCEL-7", "TASK-CANCEL-8", "WAIT-ERR-1", "WAIT-ERR-2",
            "EXECUTOR-DEFAULT-2",
            "BARRIER-WAIT-1", "BARRIER-STATE-1", "BARRIER-RESET-1", "BARRIER-ABORT-1", "TIMEOUT-EXPIRE-1",
            "TIMEOUT-EXPIRE-2", "TIMEOUT-WHEN-1", "TIMEOUT-RESCHEDULE-1", "TIMEOUT-RESCHEDULE-2", "TIMEOUT-NEST-1",
            "TIMEOUT-CANCEL-1", "TASKGROUP-WAIT-1", "TASKGROUP-ERROR-1", "TASKGROUP-ERROR-2", "TASKGROUP-ERROR-3",
            "TASKGROUP-CANCEL-1", "TASKGROUP-CANCEL-2", "TASKGROUP-CREATE-1",
            "RUNNER-LOOP-1", "RUNNER-CLOSE-1", "RUNNER-NEST-1", "CTX-TASK-2");
    /** Clauses new in 3.12: their source is the 3.12 docs. */
    private static final Set<String> PYTHON_3_12_ONLY = Set.of("WAITFOR-TASK-1", "TASK-EAGER-1", "TASK-EAGER-2");
    /** Clauses new in 3.13: their source is the 3.13 docs, where the behaviour is first described. */
    private static final Set<String> PYTHON_3_13_ONLY = Set.of("QUEUE-SHUTDOWN-1", "QUEUE-SHUTDOWN-2", "TASKGROUP-CANCEL-3", "TASK-CANCEL-9",
            "ASCOMPLETED-ASYNC-1", "ASCOMPLETED-ASYNC-2", "ASCOMPLETED-ARG-1");

    private final ClauseCatalog catalog = ClauseCatalog.load();

    @Test
    void hasExactlyTheFixedIdsInFileOrder() {
        assertEquals(EXPECTED_IDS.size(), catalog.clauses().size());
        assertEquals(EXPECTED_IDS, catalog.clauses().stream().map(Clause::id).toList());
    }

    @Test
    void eachAreaIsTheIdPrefixOfItsClausesInIndexOrder() {
        Map<String, Long> counts = catalog.clauses().stream()
                .collect(Collectors.groupingBy(Clause::area, LinkedHashMap::new, Collectors.counting()));
        assertEquals(EXPECTED_IDS.stream().map(id -> id.replaceFirst("-[0-9]+$", "")).distinct().toList(),
                catalog.areas());
        assertEquals(catalog.areas(), List.copyOf(counts.keySet()));
        for (Clause c : catalog.clauses()) {
            assertEquals(c.id().replaceFirst("-[0-9]+$", ""), c.area(), c.id());
        }
    }

    @Test
    void everyClauseIsWellFormed() {
        assertAll(catalog.clauses().stream().map(clause -> () -> {
            String id = clause.id();
            String docs = PYTHON_3_13_ONLY.contains(id) ? "3.13" : PYTHON_3_12_ONLY.contains(id) ? "3.12" : "3.11";
            assertTrue(clause.source().contains("](https://docs.python.org/" + docs + "/library/"),
                    id + " source links to the " + docs + " docs: " + clause.source());
            String url = clause.sourceUrl().orElseThrow();
            assertTrue(url.matches("https://docs\\.python\\.org/" + docs.replace(".", "\\.")
                    + "/library/asyncio-[a-z]+\\.html#\\S+"), id + " source url has a page and an anchor: " + url);
            assertTrue(Pattern.compile("\\b" + clause.level().keyword() + "\\b").matcher(clause.rule()).find(),
                    id + " rule contains " + clause.level());
            assertFalse(clause.title().isBlank(), id + " has a title");
            assertFalse(clause.versions().isBlank(), id + " has versions");
            assertFalse(clause.freedom().isBlank(), id + " has freedom");
            assertFalse(clause.retired(), id + " is active");
            assertEquals(PYTHON_3_13_ONLY.contains(id) ? "3.13+" : PYTHON_3_12_ONLY.contains(id) ? "3.12+"
                    : PYTHON_3_11_ONLY.contains(id) ? "3.11+" : "3.10+",
                    clause.python(), id + " python");
        }));
    }

    @Test
    void versionRangesFollowThePythonField() {
        assertTrue(catalog.clauses().stream().allMatch(c -> c.appliesTo(3, 13)));
        assertEquals(PYTHON_3_13_ONLY, catalog.clauses().stream().filter(c -> !c.appliesTo(3, 12))
                .map(Clause::id).collect(Collectors.toSet()));
        assertEquals(PYTHON_3_12_ONLY, catalog.clauses().stream().filter(c -> !c.appliesTo(3, 11) && c.appliesTo(3, 12))
                .map(Clause::id).collect(Collectors.toSet()));
        assertEquals(PYTHON_3_11_ONLY, catalog.clauses().stream().filter(c -> !c.appliesTo(3, 10) && c.appliesTo(3, 11))
                .map(Clause::id).collect(Collectors.toSet()));
    }

    @Test
    void knownClausesHaveTheirLevelsAreasAndExactMessages() {
        Clause timer2 = catalog.require("LOOP-TIMER-2");
        assertEquals(Level.MAY, timer2.level());
        assertEquals("LOOP-TIMER", timer2.area());
        assertEquals(Level.MUST, catalog.require("LOOP-SOON-1").level());
        assertEquals("Callbacks are called in registration order", catalog.require("LOOP-SOON-1").title());
        assertEquals("https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon",
                catalog.require("LOOP-SOON-1").sourceUrl().orElseThrow());
        assertTrue(catalog.require("LOOP-SOON-5").rule().contains("`RuntimeError('Event loop is closed')`"));
        assertTrue(catalog.require("FUT-STATE-2").rule().contains("`InvalidStateError('Result is not set.')`"));
        assertTrue(catalog.require("WAIT-ERR-1").rule().contains("`ValueError('Set of Tasks/Futures is empty.')`"));
        assertEquals(List.of("TASK-CANCEL-1", "TASK-CANCEL-2", "TASK-CANCEL-3", "TASK-CANCEL-4", "TASK-CANCEL-5",
                "TASK-CANCEL-6", "TASK-CANCEL-7", "TASK-CANCEL-8", "TASK-CANCEL-9"),
                catalog.clausesIn("TASK-CANCEL").stream().map(Clause::id).toList());
    }

    @Test
    void loadReturnsTheSameSharedCatalog() {
        assertSame(catalog, ClauseCatalog.load());
    }

    @Test
    void indexListsEveryAreaFileOfTheClausesFolder() throws IOException {
        Path folder = Path.of(System.getProperty("asynciotck.clauses.dir", "../spec/clauses"));
        List<String> indexed = Files.readAllLines(folder.resolve(ClauseCatalog.INDEX_FILE)).stream()
                .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).sorted().toList();
        List<String> present;
        try (Stream<Path> files = Files.list(folder)) {
            present = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.equals("README.md")).sorted().toList();
        }
        assertFalse(present.isEmpty(), "area files in " + folder.toAbsolutePath());
        assertEquals(present, indexed, "index.txt lists exactly the area files of " + folder.toAbsolutePath());
    }
}
