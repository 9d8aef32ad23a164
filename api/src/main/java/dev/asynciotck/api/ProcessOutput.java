package dev.asynciotck.api;

/**
 * What {@link Subprocess#communicate} gives: Python's {@code (stdout_data, stderr_data)}.
 *
 * <p>Clauses: {@code PROC-PIPE-1}.
 *
 * @param stdout all the process wrote on its standard output, or {@code null} when that stream is
 *               not {@link Stdio#PIPE}
 * @param stderr the same for its standard error
 */
public record ProcessOutput(byte[] stdout, byte[] stderr) {
}
