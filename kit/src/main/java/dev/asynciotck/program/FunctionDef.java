package dev.asynciotck.program;

import java.util.List;

/**
 * A top-level function: {@code def name(params):} or {@code async def name(params):}; its last
 * parameters may have default values, {@code def name(a, b=None):}.
 *
 * @param name     the function's name
 * @param async    whether it is {@code async def} (calling it makes a coroutine)
 * @param params   the parameter names
 * @param defaults the default values of the last {@code defaults.size()} parameters (constants)
 * @param body     the statements
 */
public record FunctionDef(String name, boolean async, List<String> params, List<Expr.Const> defaults, List<Stmt> body) {

    /** Copies the lists. */
    public FunctionDef {
        params = params == null ? List.of() : List.copyOf(params);
        defaults = defaults == null ? List.of() : List.copyOf(defaults);
        body = body == null ? List.of() : List.copyOf(body);
        if (defaults.size() > params.size()) {
            throw new IllegalArgumentException(name + ": more defaults than parameters");
        }
    }

    /** A function whose parameters have no defaults. */
    public FunctionDef(String name, boolean async, List<String> params, List<Stmt> body) {
        this(name, async, params, List.of(), body);
    }

    /**
     * @return whether this is an asynchronous generator function: an {@code async def} whose body
     *         has a {@code yield}
     */
    public boolean asyncGenerator() {
        return async && Statements.yields(body);
    }

    /**
     * @param index a parameter's position
     * @return its default value, or {@code null} when it has none (it must be passed)
     */
    public Expr.Const defaultOf(int index) {
        int first = params.size() - defaults.size();
        return index >= first ? defaults.get(index - first) : null;
    }
}
