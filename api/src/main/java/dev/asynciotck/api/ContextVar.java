package dev.asynciotck.api;

/**
 * Python's {@code contextvars.ContextVar}: a variable whose value is that of the current
 * {@link Context}.
 *
 * <p>Clauses: {@code CTX-CALLBACK-1}, {@code CTX-TASK-1}.
 */
public final class ContextVar {

    /** What {@link #set} returns: enough to {@link #reset} the variable to its value before. */
    public static final class Token {
        private final ContextVar variable;
        private final Context context;
        private final Object old;
        private final boolean hadOld;
        private boolean used;

        private Token(ContextVar variable, Context context, Object old, boolean hadOld) {
            this.variable = variable;
            this.context = context;
            this.old = old;
            this.hadOld = hadOld;
        }

        @Override
        public String toString() {
            return "<Token var=" + variable + ">";
        }
    }

    private static final Object NO_DEFAULT = new Object();

    private final String name;
    private final Object defaultValue;

    /**
     * @param name         the variable's name
     * @param defaultValue its value in a context that has none
     */
    public ContextVar(String name, Object defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    /** @param name the variable's name; it has no default value */
    public ContextVar(String name) {
        this(name, NO_DEFAULT);
    }

    /** @return the variable's name */
    public String name() {
        return name;
    }

    /**
     * {@code ContextVar.get()}.
     *
     * @return the value in the current context, else the default
     * @throws PythonException {@code LookupError} when there is neither
     */
    public Object get() {
        Context current = Context.currentForLookUp();
        if (current.contains(this)) {
            return current.get(this, null);
        }
        if (defaultValue == NO_DEFAULT) {
            throw PythonException.of(PyType.LOOKUP_ERROR, toString());
        }
        return defaultValue;
    }

    /**
     * {@code ContextVar.set(value)}: the variable takes {@code value} in the current context.
     *
     * @param value the value
     * @return the token that {@link #reset} takes
     */
    public Token set(Object value) {
        Context current = Context.currentForLookUp();
        current.markSeen();
        Token token = new Token(this, current, current.get(this, null), current.contains(this));
        current.put(this, value, true);
        return token;
    }

    /**
     * {@code ContextVar.reset(token)}: gives the variable back the value it had before the
     * {@link #set} that returned {@code token}.
     *
     * @param token a token of this variable, made in the current context, not used yet
     * @throws RuntimeError {@code <Token> has already been used once}
     * @throws ValueError   {@code <Token> was created by a different ContextVar} or {@code ... in a
     *                      different Context}
     */
    public void reset(Token token) {
        if (token.used) {
            throw new RuntimeError(token + " has already been used once");
        }
        if (token.variable != this) {
            throw new ValueError(token + " was created by a different ContextVar");
        }
        Context current = Context.currentForLookUp();
        if (token.context != current) {
            throw new ValueError(token + " was created in a different Context");
        }
        token.used = true;
        current.put(this, token.old, token.hadOld);
    }

    @Override
    public String toString() {
        return "<ContextVar name='" + name + "'>";
    }
}
