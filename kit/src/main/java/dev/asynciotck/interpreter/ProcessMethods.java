package dev.asynciotck.interpreter;

import dev.asynciotck.api.Stdio;
import dev.asynciotck.api.Subprocess;
import dev.asynciotck.api.TypeError;
import dev.asynciotck.api.ValueError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Subprocesses in the language: {@code asyncio.create_subprocess_exec} and
 * {@code create_subprocess_shell}, the {@code Process} kind ({@code wait}, {@code communicate},
 * {@code send_signal}, {@code terminate}, {@code kill}, {@code returncode}), and the vocabulary's
 * builtins of role {@code subprocess} ({@code PIPE}, {@code DEVNULL}: Python's numbers).
 */
final class ProcessMethods {

    /** {@code subprocess.PIPE}. */
    static final Long PIPE = -1L;
    /** {@code subprocess.DEVNULL}. */
    static final Long DEVNULL = -3L;

    private ProcessMethods() {
    }

    /** The asyncio module's functions that start programs, for its table. */
    static <T> Methods.Table<T> asyncioFunctions(Methods.Table<T> table) {
        return table
                .with("create_subprocess_exec", (s, m, a) -> {
                    List<String> args = new ArrayList<>();
                    args.add(argument(a.required(0, "program")));
                    for (Object arg : a.from(1)) {
                        args.add(argument(arg));
                    }
                    Stdio stdin = stdio(a, "stdin");
                    Stdio stdout = stdio(a, "stdout");
                    Stdio stderr = stdio(a, "stderr");
                    a.noUnknownKeywords();
                    return Methods.running(s).createSubprocessExec(args, stdin, stdout, stderr);
                })
                .with("create_subprocess_shell", (s, m, a) -> {
                    Object cmd = a.required(0, "cmd");
                    Stdio stdin = stdio(a, "stdin");
                    Stdio stdout = stdio(a, "stdout");
                    Stdio stderr = stdio(a, "stderr");
                    a.noMoreThan(1);
                    if (!(cmd instanceof String command)) {
                        throw new ValueError("cmd must be a string");
                    }
                    return Methods.running(s).createSubprocessShell(command, stdin, stdout, stderr);
                });
    }

    /** The Process kind. */
    static final Map<String, Methods.Body<Object>> PROCESS = Methods.table(Subprocess.class, null)
            .with("wait", (s, p, a) -> {
                a.noMoreThan(0);
                return p.waitForExit();
            })
            .with("communicate", (s, p, a) -> {
                Object input = a.optional(0, "input", null);
                a.noMoreThan(1);
                return p.communicate(input == null ? null : SocketMethods.bytes(input));
            })
            .with("send_signal", (s, p, a) -> {
                Object sig = a.required(0, "signal");
                a.noMoreThan(1);
                p.sendSignal(SignalMethods.signalNumber(sig));
                return null;
            })
            .with("terminate", (s, p, a) -> {
                a.noMoreThan(0);
                p.terminate();
                return null;
            })
            .with("kill", (s, p, a) -> {
                a.noMoreThan(0);
                p.kill();
                return null;
            })
            .with("returncode", (s, p, a) -> p.returncode())
            .with("pid", (s, p, a) -> p.pid()).build();

    private static String argument(Object v) {
        if (v instanceof String text) {
            return text;
        }
        throw new TypeError("expected str, bytes or os.PathLike object, not " + PyOps.typeName(v));
    }

    /** stdin=, stdout=, stderr=: None, PIPE or DEVNULL. */
    private static Stdio stdio(Args a, String name) {
        Object v = a.keyword(name, null);
        if (v == null) {
            return Stdio.INHERIT;
        }
        if (PIPE.equals(v)) {
            return Stdio.PIPE;
        }
        if (DEVNULL.equals(v)) {
            return Stdio.DEVNULL;
        }
        throw new InvalidProgramException(name + "= must be None, PIPE or DEVNULL, got " + PyOps.repr(v));
    }
}
