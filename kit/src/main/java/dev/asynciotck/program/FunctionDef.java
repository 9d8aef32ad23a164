package dev.asynciotck.program;

import java.util.List;

/**
 * A top-level function: {@code def name(params):} or {@code async def name(params):}.
 *
 * @param name   the function's name
 * @param async  whether it is {@code async def} (calling it makes a coroutine)
 * @param params the positional parameter names
 * @param body   the statements
 */
public record FunctionDef(String name, boolean async, List<String> params, List<Stmt> body) {

    /** Copies the lists. */
    public FunctionDef {
        params = params == null ? List.of() : List.copyOf(params);
        body = body == null ? List.of() : List.copyOf(body);
    }
}
