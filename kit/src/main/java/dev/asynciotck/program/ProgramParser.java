package dev.asynciotck.program;

import dev.asynciotck.program.ProgramToken.Kind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for the text form of programs, the Python subset of
 * {@code spec/language.md}. Everything outside the subset is a {@link ProgramSyntaxException}
 * that says what is not supported and what is.
 */
final class ProgramParser {

    /** Where a statement is: what it may do. */
    private enum Context {
        MODULE, FUNCTION, ASYNC_FUNCTION
    }

    private static final String SEE = " (see spec/language.md)";
    private static final String STATEMENTS = "; supported statements: EXPR, x = EXPR, await EXPR,"
            + " x = await EXPR, return, raise, pass, try/except/finally, if/elif/else, for x in EXPR,"
            + " while, break, continue, async with EXPR as x, async for x in EXPR, yield EXPR";
    private static final String OPERATORS = "; supported operators: and, or, not, ==, !=, <, <=, >, >=, is,"
            + " is not, +, -, *";
    private static final String AWAIT_PLACE = "'await' is allowed only as a whole statement (await EXPR)"
            + " or as the whole right-hand side of an assignment (x = await EXPR)" + SEE;

    private static final Set<String> UNSUPPORTED_OPERATORS = Set.of("/", "//", "%", "**", "@", "&", "|",
            "^", "<<", ">>", "~");

    private static final Set<String> AUGMENTED = Set.of("+=", "-=", "*=", "/=", "//=", "%=", "**=", "@=",
            "&=", "|=", "^=", "<<=", ">>=");

    private static final Map<String, String> COMPARISONS = Map.of("==", "==", "!=", "!=", "<", "<",
            "<=", "<=", ">", ">", ">=", ">=");

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private final String[] lines;
    private final List<ProgramToken> tokens;
    private int next;
    /** How many for/while bodies enclose the statement being parsed (functions are top level). */
    private int loopDepth;
    /** In the function being parsed: its first {@code yield}, and its first {@code return EXPR}. */
    private ProgramToken firstYield;
    private ProgramToken firstReturnValue;

    /** @param text the program's text */
    ProgramParser(String text) {
        ProgramLexer lexer = new ProgramLexer(text);
        this.tokens = lexer.tokenize();
        this.lines = lexer.lines();
    }

    /**
     * @return the program, with name {@code ""} and no clauses
     * @throws ProgramSyntaxException where the text leaves the subset
     */
    Program parse() {
        List<FunctionDef> functions = new ArrayList<>();
        List<ClassDef> classes = new ArrayList<>();
        List<Stmt> main = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (peek().kind() != Kind.EOF) {
            ProgramToken start = peek();
            String defined = null;
            if (start.isName("def") || start.isName("async") && peek(1).isName("def")) {
                FunctionDef function = function();
                functions.add(function);
                defined = function.name();
            } else if (start.isName("class")) {
                ClassDef classDef = classDef();
                classes.add(classDef);
                defined = classDef.name();
            } else {
                main.add(statement(Context.MODULE));
            }
            if (defined != null && !names.add(defined)) {
                throw error(start, "'" + defined + "' is defined twice; give each function and class its own name");
            }
        }
        return new Program("", List.of(), functions, classes, main);
    }

    /** {@code def …} or {@code async def …}, at the current token. */
    private FunctionDef function() {
        boolean async = peek().isName("async");
        if (async) {
            advance();
        }
        return function(async);
    }

    private ClassDef classDef() {
        expectName("class");
        String name = identifier("a class name");
        List<String> bases = new ArrayList<>();
        if (peek().isOp("(")) {
            advance();
            if (!peek().isOp(")")) {
                ProgramToken base = peek();
                String dotted = base.isName("asyncio") && peek(1).isOp(".") ? dottedBase() : null;
                if (dotted == null || !peek().isOp(")")) {
                    throw error(base, "a class's base is one of " + PythonNames.BASES + ", or none (class " + name + ":)" + SEE);
                }
                bases.add(dotted);
            }
            advance();
        }
        openBlock(expectOp(":", "':' after the class name"));
        List<FunctionDef> methods = new ArrayList<>();
        Set<String> methodNames = new HashSet<>();
        if (peek().isName("pass")) {
            advance();
            endOfStatement();
        } else {
            while (peek().kind() != Kind.DEDENT && peek().kind() != Kind.EOF) {
                ProgramToken start = peek();
                if (!(start.isName("def") || start.isName("async") && peek(1).isName("def"))) {
                    throw error(start, "a class body holds method definitions (def or async def) or a lone pass"
                            + SEE);
                }
                FunctionDef method = function();
                if (method.params().isEmpty()) {
                    throw error(start, "method '" + method.name() + "' takes no parameter; its first parameter"
                            + " is the instance (self)");
                }
                if (!methodNames.add(method.name())) {
                    throw error(start, "method '" + method.name() + "' is defined twice in class '" + name + "'");
                }
                methods.add(method);
            }
        }
        if (peek().kind() == Kind.DEDENT) {
            advance();
        }
        return new ClassDef(name, bases, methods);
    }

    /** {@code asyncio.NAME} as a class base: a vocabulary name whose role is "base class"; null otherwise. */
    private String dottedBase() {
        advance();
        advance();
        ProgramToken t = peek();
        if (t.kind() != Kind.NAME || !PythonNames.BASE_CLASSES.contains(t.text())) {
            return null;
        }
        advance();
        return "asyncio." + t.text();
    }

    // ---------------------------------------------------------------- functions and blocks

    private FunctionDef function(boolean async) {
        expectName("def");
        String name = identifier("a function name");
        expectOp("(", "'(' after the function name");
        List<String> params = new ArrayList<>();
        List<Expr.Const> defaults = new ArrayList<>();
        while (!peek().isOp(")")) {
            ProgramToken t = peek();
            if (t.isOp("*") || t.isOp("**") || t.isOp("/")) {
                throw error(t, "'" + t.text() + "' parameters are not part of the scenario language" + SEE
                        + "; parameters are plain positional names");
            }
            String param = identifier("a parameter name");
            if (peek().isOp("=")) {
                ProgramToken equals = advance();
                Expr value = expression();
                if (!(value instanceof Expr.Const c)) {
                    throw error(equals, "a default value is a constant (None, True, False, a number or a string)" + SEE);
                }
                defaults.add(c);
            } else if (!defaults.isEmpty()) {
                throw error(t, "parameter '" + param + "' without a default follows one with a default");
            }
            if (peek().isOp(":")) {
                throw error(peek(), "annotations are not part of the scenario language" + SEE);
            }
            if (params.contains(param)) {
                throw error(t, "parameter '" + param + "' appears twice");
            }
            params.add(param);
            if (!peek().isOp(")")) {
                expectOp(",", "',' or ')' in the parameter list");
            }
        }
        advance();
        if (peek().isOp("->")) {
            throw error(peek(), "annotations are not part of the scenario language" + SEE);
        }
        ProgramToken colon = expectOp(":", "':' after the parameter list");
        firstYield = null;
        firstReturnValue = null;
        List<Stmt> body = block(async ? Context.ASYNC_FUNCTION : Context.FUNCTION, colon);
        if (firstYield != null && firstReturnValue != null) {
            throw error(firstReturnValue, "'return' with value in async generator '" + name + "' (it yields on line "
                    + firstYield.line() + "); an asynchronous generator ends with a bare return");
        }
        return new FunctionDef(name, async, params, defaults, body);
    }

    /** Parses the indented block after {@code colon}. */
    /** The newline and indent after a block's ':'. */
    private void openBlock(ProgramToken colon) {
        if (peek().kind() != Kind.NEWLINE) {
            throw error(peek(), "one-line blocks are not part of the scenario language" + SEE
                    + "; start the block on a new line after ':', indented by 4 spaces");
        }
        advance();
        if (peek().kind() != Kind.INDENT) {
            throw error(peek(), "expected an indented block after the ':' on line " + colon.line());
        }
        advance();
    }

    private List<Stmt> block(Context context, ProgramToken colon) {
        openBlock(colon);
        List<Stmt> body = new ArrayList<>();
        while (peek().kind() != Kind.DEDENT && peek().kind() != Kind.EOF) {
            body.add(statement(context));
        }
        advance();
        return body;
    }

    // ---------------------------------------------------------------- statements

    private Stmt statement(Context context) {
        ProgramToken t = peek();
        if (t.kind() == Kind.INDENT) {
            throw error(t, "unexpected indentation; statements of one block line up");
        }
        if (t.isOp("@")) {
            throw error(t, "decorators are not part of the scenario language" + SEE);
        }
        if (t.kind() == Kind.NAME && PythonNames.KEYWORDS.contains(t.text())) {
            Stmt keywordStatement = keywordStatement(context, t);
            if (keywordStatement != null) {
                return keywordStatement;
            }
        }
        if (t.kind() == Kind.NAME && !PythonNames.KEYWORDS.contains(t.text()) && peek(1).isOp("=")) {
            advance();
            advance();
            if (peek().isName("await")) {
                ProgramToken await = advance();
                checkAwait(context, await);
                Expr value = awaitOperand();
                endOfStatement();
                return new Stmt.Await(t.text(), value);
            }
            Expr value = wholeExpression();
            if (peek().isOp("=")) {
                throw error(peek(), "chained assignment (a = b = …) is not part of the scenario language"
                        + SEE + "; assign one plain name: x = EXPR");
            }
            endOfStatement();
            return new Stmt.Assign(t.text(), value);
        }
        Expr value = wholeExpression();
        if (peek().isOp("=") && (value instanceof Expr.Subscript || value instanceof Expr.Attr)) {
            String shape = value instanceof Expr.Subscript ? "a[i]" : "o.a";
            advance();
            if (peek().isName("await")) {
                throw error(peek(), "the value of an await is assigned to a plain name (r = await EXPR, then "
                        + shape + " = r)" + SEE);
            }
            Expr item = wholeExpression();
            if (peek().isOp("=")) {
                throw error(peek(), "chained assignment (" + shape + " = b = …) is not part of the scenario language"
                        + SEE);
            }
            endOfStatement();
            return value instanceof Expr.Subscript target ? new Stmt.SetItem(target.of(), target.index(), item)
                    : new Stmt.SetAttr(((Expr.Attr) value).of(), ((Expr.Attr) value).name(), item);
        }
        if (peek().isOp("=")) {
            throw error(peek(), "only a plain name, a subscript or an attribute can be assigned (x = EXPR,"
                    + " x[k] = EXPR, o.a = EXPR); several targets are not part of the scenario language" + SEE);
        }
        endOfStatement();
        return new Stmt.ExprStmt(value);
    }

    /** @return the statement a keyword starts, or {@code null} if it starts an expression */
    private Stmt keywordStatement(Context context, ProgramToken t) {
        switch (t.text()) {
            case "pass" -> {
                advance();
                endOfStatement();
                return new Stmt.Pass();
            }
            case "return" -> {
                if (context == Context.MODULE) {
                    throw error(t, "'return' outside a function; module-level statements cannot return");
                }
                advance();
                Expr value = peek().kind() == Kind.NEWLINE ? null : wholeExpression();
                if (value != null && firstReturnValue == null) {
                    firstReturnValue = t;
                }
                endOfStatement();
                return new Stmt.Return(value);
            }
            case "yield" -> {
                if (context != Context.ASYNC_FUNCTION) {
                    throw error(t, "'yield' outside an async function; the scenario language has asynchronous"
                            + " generators (yield in an 'async def') only");
                }
                advance();
                if (peek().isName("from")) {
                    throw error(peek(), "'yield from' inside an async function is not Python" + SEE);
                }
                Expr value = peek().kind() == Kind.NEWLINE ? null : wholeExpression();
                if (firstYield == null) {
                    firstYield = t;
                }
                endOfStatement();
                return new Stmt.Yield(value);
            }
            case "raise" -> {
                advance();
                Expr value = peek().kind() == Kind.NEWLINE ? null : wholeExpression();
                if (peek().isName("from")) {
                    throw error(peek(), "'raise … from …' is not part of the scenario language" + SEE
                            + "; write raise EXPR");
                }
                endOfStatement();
                return new Stmt.Raise(value);
            }
            case "await" -> {
                advance();
                checkAwait(context, t);
                Expr value = awaitOperand();
                endOfStatement();
                return new Stmt.Await(null, value);
            }
            case "try" -> {
                return tryStatement(context);
            }
            case "None", "True", "False", "not", "lambda" -> {
                return null;
            }
            case "def" -> throw error(t, "functions are defined at top level only (not inside a function"
                    + " or a block)" + SEE);
            case "async" -> {
                if (peek(1).isName("with")) {
                    return asyncWithStatement(context);
                }
                if (peek(1).isName("for")) {
                    return asyncForStatement(context);
                }
                throw error(t, peek(1).isName("def")
                        ? "functions are defined at top level only (not inside a function or a block)" + SEE
                        : "'async " + peek(1).text() + "' is not part of the scenario language" + SEE + STATEMENTS);
            }
            case "except", "finally" -> throw error(t, "'" + t.text() + "' without a matching 'try:' at"
                    + " the same indentation");
            case "if" -> {
                return ifStatement(context);
            }
            case "for" -> {
                return forStatement(context);
            }
            case "while" -> {
                return whileStatement(context);
            }
            case "break", "continue" -> {
                if (loopDepth == 0) {
                    throw error(t, "'" + t.text() + "' outside a loop; it belongs in the body of a for, async"
                            + " for or while");
                }
                advance();
                endOfStatement();
                return t.text().equals("break") ? new Stmt.Break() : new Stmt.Continue();
            }
            case "elif", "else" -> throw error(t, "'" + t.text() + "' without a matching 'if:' at the same"
                    + " indentation");
            case "import", "from" -> throw error(t, "imports are not part of the scenario language" + SEE
                    + "; loop, asyncio, record and the other builtins are predefined");
            case "class" -> throw error(t, "classes are defined at top level only (not inside a function"
                    + " or a block)" + SEE);
            default -> throw error(t, "'" + t.text() + "' statements are not part of the scenario"
                    + " language" + SEE + STATEMENTS);
        }
    }

    private Stmt ifStatement(Context context) {
        advance();
        Expr test = wholeExpression();
        List<Stmt> body = block(context, expectOp(":", "':' at the end of the if condition"));
        List<Stmt> orElse = List.of();
        if (peek().isName("elif")) {
            orElse = List.of(ifStatement(context));
        } else if (peek().isName("else")) {
            advance();
            orElse = block(context, expectOp(":", "':' after 'else'"));
        }
        return new Stmt.If(test, body, orElse);
    }

    private Stmt forStatement(Context context) {
        advance();
        return forClause(context, "for");
    }

    /** What follows {@code for} or {@code async for}: {@code x in EXPR:} and the body. */
    private Stmt forClause(Context context, String keyword) {
        String target = identifier("a variable name after '" + keyword + "'");
        if (peek().isOp(",")) {
            throw error(peek(), (keyword.equals("for") ? "a for loop" : "an async for loop") + " binds one plain name ("
                    + keyword + " x in EXPR); unpacking is not part of the scenario language" + SEE);
        }
        expectName("in");
        Expr iter = wholeExpression();
        List<Stmt> body = loopBody(context, expectOp(":", "':' at the end of the " + keyword + " clause"));
        return keyword.equals("for") ? new Stmt.For(target, iter, body) : new Stmt.AsyncFor(target, iter, body);
    }

    private Stmt asyncForStatement(Context context) {
        ProgramToken async = advance();
        if (context != Context.ASYNC_FUNCTION) {
            throw error(async, "'async for' outside an async function; only the body of an 'async def' may"
                    + " use it");
        }
        advance();
        return forClause(context, "async for");
    }

    private Stmt asyncWithStatement(Context context) {
        ProgramToken async = advance();
        if (context != Context.ASYNC_FUNCTION) {
            throw error(async, "'async with' outside an async function; only the body of an 'async def' may"
                    + " use it");
        }
        advance();
        Expr manager = expression();
        String target = null;
        if (peek().isName("as")) {
            advance();
            target = identifier("a variable name after 'as'");
        }
        if (peek().isOp(",")) {
            throw error(peek(), "'async with' takes one context manager in the scenario language; nest a second"
                    + " 'async with' inside the first" + SEE);
        }
        List<Stmt> body = block(context, expectOp(":", "':' at the end of the async with clause"));
        return new Stmt.AsyncWith(manager, target, body);
    }

    private Stmt whileStatement(Context context) {
        advance();
        Expr test = wholeExpression();
        List<Stmt> body = loopBody(context, expectOp(":", "':' at the end of the while condition"));
        return new Stmt.While(test, body);
    }

    private List<Stmt> loopBody(Context context, ProgramToken colon) {
        loopDepth++;
        List<Stmt> body;
        try {
            body = block(context, colon);
        } finally {
            loopDepth--;
        }
        if (peek().isName("else")) {
            throw error(peek(), "'else' clauses of loops are not part of the scenario language" + SEE);
        }
        return body;
    }

    private Stmt tryStatement(Context context) {
        ProgramToken tryToken = advance();
        List<Stmt> body = block(context, expectOp(":", "':' after 'try'"));
        List<Stmt.Handler> handlers = new ArrayList<>();
        List<Stmt> finallyBody = null;
        boolean sawBare = false;
        while (peek().isName("except")) {
            ProgramToken except = advance();
            if (sawBare) {
                throw error(except, "a bare 'except:' must be the last except clause");
            }
            if (peek().isOp("*")) {
                throw error(peek(), "'except*' is not part of the scenario language" + SEE);
            }
            List<String> types = new ArrayList<>();
            String name = null;
            if (peek().isOp(":")) {
                sawBare = true;
            } else {
                if (peek().isOp("(")) {
                    ProgramToken open = advance();
                    while (!peek().isOp(")")) {
                        types.add(typeName());
                        if (!peek().isOp(")")) {
                            expectOp(",", "',' or ')' in the list of exception types");
                        }
                    }
                    advance();
                    if (types.isEmpty()) {
                        throw error(open, "'except ():' catches nothing; name at least one exception type,"
                                + " or write a bare 'except:' to catch everything");
                    }
                } else {
                    types.add(typeName());
                }
                if (peek().isOp(",")) {
                    throw error(peek(), "several exception types are written in parentheses:"
                            + " except (A, B):");
                }
                if (peek().isName("as")) {
                    advance();
                    name = identifier("a variable name after 'as'");
                }
            }
            List<Stmt> handlerBody = block(context, expectOp(":", "':' at the end of the except clause"));
            handlers.add(new Stmt.Handler(types, name, handlerBody));
        }
        if (peek().isName("else")) {
            throw error(peek(), "'else' clauses of try are not part of the scenario language" + SEE
                    + "; supported: try/except/finally");
        }
        if (peek().isName("finally")) {
            advance();
            finallyBody = block(context, expectOp(":", "':' after 'finally'"));
        }
        if (handlers.isEmpty() && finallyBody == null) {
            throw error(peek(), "expected 'except' or 'finally' for the 'try:' on line " + tryToken.line());
        }
        return new Stmt.Try(body, handlers, finallyBody);
    }

    /** An exception type name: {@code NAME}, or {@code asyncio.NAME} (kept whole, as the JSON form has it). */
    private String typeName() {
        ProgramToken start = peek();
        String name = identifier("an exception type name");
        if (peek().isOp(".")) {
            if (!name.equals("asyncio")) {
                throw error(start, "except names exception types as NAME or asyncio.NAME" + SEE);
            }
            advance();
            name = name + "." + identifier("a name after 'asyncio.'");
        }
        return name;
    }

    private void checkAwait(Context context, ProgramToken await) {
        if (context == Context.MODULE) {
            throw error(await, "'await' outside an async function; module-level statements run outside"
                    + " the loop, so only the body of an 'async def' may await");
        }
        if (context == Context.FUNCTION) {
            throw error(await, "'await' inside a plain 'def'; only an 'async def' may await");
        }
    }

    /** The operand of a statement-level {@code await}: a primary; anything more needs parentheses. */
    private Expr awaitOperand() {
        ProgramToken t = peek();
        if (t.isOp("-") || t.isName("not")) {
            throw error(t, "put the awaited expression in parentheses: await (" + t.text() + " …)");
        }
        Expr value = primary();
        ProgramToken after = peek();
        if (after.kind() == Kind.OP && (after.text().equals("+") || after.text().equals("-")
                || after.text().equals("*") || COMPARISONS.containsKey(after.text()))
                || after.isName("is") || after.isName("in") || after.isName("not")) {
            throw error(after, "'await' applies to the whole statement; put the awaited expression in"
                    + " parentheses: await (a " + after.text() + " b)");
        }
        return value;
    }

    /** A full expression where a bare tuple would be valid Python. */
    private Expr wholeExpression() {
        Expr value = expression();
        if (peek().isOp(",")) {
            throw error(peek(), "a tuple must be written in parentheses: (a, b); bare tuples are not part of"
                    + " the scenario language" + SEE);
        }
        return value;
    }

    private void endOfStatement() {
        ProgramToken t = peek();
        if (t.kind() == Kind.NEWLINE) {
            advance();
            return;
        }
        if (t.isOp(",")) {
            throw error(t, "a tuple must be written in parentheses: (a, b); bare tuples are not part of"
                    + " the scenario language" + SEE);
        }
        throw unexpected(t, "the end of the line");
    }

    // ---------------------------------------------------------------- expressions

    private Expr expression() {
        Expr left = conjunction();
        while (peek().isName("or")) {
            advance();
            left = new Expr.BoolOp("or", left, conjunction());
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (peek().isName("and")) {
            advance();
            left = new Expr.BoolOp("and", left, negation());
        }
        return left;
    }

    private Expr negation() {
        ProgramToken t = peek();
        if (t.isName("not")) {
            advance();
            return new Expr.Not(negation());
        }
        if (t.isName("lambda")) {
            throw error(t, "lambda expressions are not part of the scenario language" + SEE
                    + "; define a function with def at top level");
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = arithmetic();
        String op = comparisonOperator();
        if (op == null) {
            return left;
        }
        Expr right = arithmetic();
        ProgramToken again = peek();
        if (comparisonOperator() != null) {
            throw error(again, "chained comparisons (a < b < c) are not part of the scenario language"
                    + SEE + "; compare two operands at a time");
        }
        return new Expr.Compare(op, left, right);
    }

    /** Consumes a comparison operator if one is next; rejects membership tests. */
    private String comparisonOperator() {
        ProgramToken t = peek();
        if (t.kind() == Kind.OP && COMPARISONS.containsKey(t.text())) {
            advance();
            return t.text();
        }
        if (t.isName("in") || (t.isName("not") && peek(1).isName("in"))) {
            throw error(t, "membership tests ('in', 'not in') are not part of the scenario language" + SEE
                    + OPERATORS);
        }
        if (t.isName("is")) {
            advance();
            if (peek().isName("not")) {
                advance();
                return "is not";
            }
            return "is";
        }
        return null;
    }

    private Expr arithmetic() {
        Expr left = term();
        while (peek().isOp("+") || peek().isOp("-")) {
            String op = advance().text();
            left = new Expr.BinOp(op, left, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (peek().isOp("*")) {
            advance();
            left = new Expr.BinOp("*", left, factor());
        }
        return left;
    }

    private Expr factor() {
        ProgramToken t = peek();
        if (t.isOp("-")) {
            advance();
            ProgramToken number = peek();
            if (number.kind() != Kind.NUMBER) {
                throw error(t, "unary minus is supported only on number literals, like -1 or -0.5; write"
                        + " 0 - x for other operands");
            }
            advance();
            if (peek().isOp(".") || peek().isOp("(") || peek().isOp("[")) {
                throw error(t, "a negative number followed by '" + peek().text() + "' needs parentheses:"
                        + " (" + t.text() + number.text() + ")" + peek().text() + "…");
            }
            return negative(number);
        }
        if (t.isOp("+") || t.isOp("~")) {
            throw error(t, "unary '" + t.text() + "' is not part of the scenario language" + SEE
                    + "; unary minus is supported on number literals");
        }
        if (t.isName("not")) {
            throw error(t, "'not' needs parentheses here: (not x)");
        }
        return primary();
    }

    private Expr primary() {
        Expr value = atom();
        while (true) {
            ProgramToken t = peek();
            if (t.isOp(".")) {
                advance();
                value = new Expr.Attr(value, identifier("an attribute name after '.'"));
            } else if (t.isOp("(")) {
                value = call(value);
            } else if (t.isOp("[")) {
                advance();
                Expr index = expression();
                if (peek().isOp(":")) {
                    throw error(peek(), "slices (a[i:j]) are not part of the scenario language" + SEE);
                }
                if (peek().isOp(",")) {
                    throw error(peek(), "a subscript takes one key or index; write a tuple key in parentheses: a[(i, j)]");
                }
                expectOp("]", "']' at the end of the subscript");
                value = new Expr.Subscript(value, index);
            } else {
                return value;
            }
        }
    }

    private Expr atom() {
        ProgramToken t = peek();
        switch (t.kind()) {
            case NUMBER -> {
                advance();
                return number(t, false);
            }
            case STRING -> {
                advance();
                if (peek().kind() == Kind.STRING || peek().kind() == Kind.BYTES) {
                    throw error(peek(), "adjacent strings are not joined in the scenario language; write one"
                            + " string");
                }
                return new Expr.Const(t.value());
            }
            case BYTES -> {
                advance();
                if (peek().kind() == Kind.STRING || peek().kind() == Kind.BYTES) {
                    throw error(peek(), "adjacent literals are not joined in the scenario language; write one");
                }
                return new Expr.BytesOf((String) t.value());
            }
            case NAME -> {
                return nameAtom(t);
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        advance();
                        return new Expr.ListOf(items("]", "list"));
                    }
                    case "{" -> {
                        return setDisplay();
                    }
                    case "*", "**" -> throw error(t, "starred expressions (*a, **k) are not part of the"
                            + " scenario language" + SEE);
                    case "..." -> throw error(t, "'...' (Ellipsis) is not part of the scenario language" + SEE);
                    default -> throw unexpected(t, "an expression");
                }
            }
            default -> throw unexpected(t, "an expression");
        }
    }

    private Expr nameAtom(ProgramToken t) {
        String id = t.text();
        if (!PythonNames.KEYWORDS.contains(id)) {
            advance();
            return new Expr.Name(id);
        }
        switch (id) {
            case "None" -> {
                advance();
                return new Expr.Const(null);
            }
            case "True", "False" -> {
                advance();
                return new Expr.Const(id.equals("True"));
            }
            case "await" -> throw error(t, AWAIT_PLACE);
            case "lambda" -> throw error(t, "lambda expressions are not part of the scenario language" + SEE
                    + "; define a function with def at top level");
            case "yield" -> throw error(t, "'yield' is a whole statement in the scenario language (yield EXPR);"
                    + " the value of a yield expression (x = yield) is not supported" + SEE);
            default -> throw unexpected(t, "an expression");
        }
    }

    private Expr parenthesized() {
        advance();
        if (peek().isOp(")")) {
            advance();
            return new Expr.TupleOf(List.of());
        }
        Expr first = expression();
        if (peek().isOp(")")) {
            advance();
            return first;
        }
        if (!peek().isOp(",")) {
            throw unexpected(peek(), "',' or ')'");
        }
        advance();
        List<Expr> items = new ArrayList<>();
        items.add(first);
        items.addAll(items(")", "tuple"));
        return new Expr.TupleOf(items);
    }

    /** A set display {@code {a, b}}, or a dict display {@code {k: v}} ({@code {}} is the empty dict). */
    private Expr setDisplay() {
        advance();
        if (peek().isOp("}")) {
            advance();
            return new Expr.DictOf(List.of(), List.of());
        }
        if (peek().isOp("**")) {
            throw error(peek(), "'**' unpacking in a dict display is not part of the scenario language" + SEE);
        }
        Expr first = expression();
        if (peek().isOp(":")) {
            return dictDisplay(first);
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        if (!peek().isOp("}")) {
            if (!peek().isOp(",")) {
                throw unexpected(peek(), "',' or '}'");
            }
            advance();
            items.addAll(items("}", "set"));
        } else {
            advance();
        }
        return new Expr.SetOf(items);
    }

    /** The rest of a dict display after its first key; a trailing comma is allowed. */
    private Expr dictDisplay(Expr firstKey) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        Expr key = firstKey;
        while (true) {
            expectOp(":", "':' after the key in the dict display");
            keys.add(key);
            values.add(expression());
            if (peek().isOp(",")) {
                advance();
            } else if (!peek().isOp("}")) {
                throw unexpected(peek(), "',' or '}' in the dict display");
            }
            if (peek().isOp("}")) {
                advance();
                return new Expr.DictOf(keys, values);
            }
            if (peek().isOp("**")) {
                throw error(peek(), "'**' unpacking in a dict display is not part of the scenario language" + SEE);
            }
            key = expression();
        }
    }

    /** Items separated by commas up to {@code close} (consumed); a trailing comma is allowed. */
    private List<Expr> items(String close, String what) {
        List<Expr> items = new ArrayList<>();
        while (!peek().isOp(close)) {
            items.add(expression());
            if (!peek().isOp(close) && !peek().isOp(",")) {
                throw unexpected(peek(), "',' or '" + close + "' in the " + what);
            }
            if (peek().isOp(",")) {
                advance();
            }
        }
        advance();
        return items;
    }

    private Expr call(Expr fn) {
        advance();
        List<Expr> args = new ArrayList<>();
        Map<String, Expr> kwargs = new LinkedHashMap<>();
        while (!peek().isOp(")")) {
            ProgramToken t = peek();
            if (t.isOp("*") || t.isOp("**")) {
                throw error(t, "'" + t.text() + "' arguments are not part of the scenario language" + SEE
                        + "; pass arguments one by one");
            }
            if (t.kind() == Kind.NAME && !PythonNames.KEYWORDS.contains(t.text()) && peek(1).isOp("=")) {
                advance();
                advance();
                if (kwargs.containsKey(t.text())) {
                    throw error(t, "keyword argument '" + t.text() + "' is given twice");
                }
                kwargs.put(t.text(), expression());
            } else {
                if (!kwargs.isEmpty()) {
                    throw error(t, "a positional argument cannot follow keyword arguments");
                }
                args.add(expression());
            }
            if (!peek().isOp(")") && !peek().isOp(",")) {
                throw unexpected(peek(), "',' or ')' in the argument list");
            }
            if (peek().isOp(",")) {
                advance();
            }
        }
        advance();
        return nonFiniteFloat(fn, args, kwargs);
    }

    /**
     * {@code float("nan")}, {@code float("inf")} and {@code float("-inf")} are how non-finite float
     * constants print (they have no literal); they read back as constants.
     */
    private static Expr nonFiniteFloat(Expr fn, List<Expr> args, Map<String, Expr> kwargs) {
        if (fn instanceof Expr.Name name && name.id().equals("float") && kwargs.isEmpty() && args.size() == 1
                && args.get(0) instanceof Expr.Const c && c.value() instanceof String s) {
            String word = s.strip().toLowerCase(java.util.Locale.ROOT);
            boolean negative = word.startsWith("-");
            if (word.startsWith("-") || word.startsWith("+")) {
                word = word.substring(1);
            }
            if (word.equals("nan")) {
                return new Expr.Const(Double.NaN);
            }
            if (word.equals("inf") || word.equals("infinity")) {
                return new Expr.Const(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
            }
        }
        return new Expr.Call(fn, args, kwargs);
    }

    private Expr number(ProgramToken t, boolean negative) {
        if (t.value() instanceof Double d) {
            return new Expr.Const(negative ? -d : d);
        }
        BigInteger value = (BigInteger) t.value();
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(LONG_MAX) > 0 || value.compareTo(LONG_MIN) < 0) {
            throw error(t, "the int " + (negative ? "-" : "") + t.text() + " does not fit in 64 bits");
        }
        return new Expr.Const(value.longValue());
    }

    private Expr negative(ProgramToken number) {
        return number(number, true);
    }

    // ---------------------------------------------------------------- tokens

    private ProgramToken peek() {
        return tokens.get(next);
    }

    private ProgramToken peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    private ProgramToken advance() {
        ProgramToken t = tokens.get(next);
        if (t.kind() != Kind.EOF) {
            next++;
        }
        return t;
    }

    private void expectName(String word) {
        if (!peek().isName(word)) {
            throw unexpected(peek(), "'" + word + "'");
        }
        advance();
    }

    private ProgramToken expectOp(String op, String expected) {
        if (!peek().isOp(op)) {
            throw unexpected(peek(), expected);
        }
        return advance();
    }

    private String identifier(String expected) {
        ProgramToken t = peek();
        if (t.kind() != Kind.NAME) {
            throw unexpected(t, expected);
        }
        if (PythonNames.KEYWORDS.contains(t.text())) {
            throw error(t, "expected " + expected + ", found the keyword '" + t.text() + "'");
        }
        advance();
        return t.text();
    }

    /** An error for a token that does not fit, naming unsupported constructs where it can. */
    private ProgramSyntaxException unexpected(ProgramToken t, String expected) {
        String text = t.text();
        if (t.kind() == Kind.OP) {
            if (AUGMENTED.contains(text)) {
                return error(t, "augmented assignment ('" + text + "') is not part of the scenario language"
                        + SEE + "; write x = x " + text.substring(0, text.length() - 1) + " …");
            }
            if (UNSUPPORTED_OPERATORS.contains(text)) {
                return error(t, "the operator '" + text + "' is not part of the scenario language" + SEE
                        + OPERATORS);
            }
            if (text.equals(":=")) {
                return error(t, "assignment expressions (:=) are not part of the scenario language" + SEE);
            }
            if (text.equals(";")) {
                return error(t, "one statement per line: ';' is not part of the scenario language" + SEE);
            }
            if (text.equals("->")) {
                return error(t, "annotations are not part of the scenario language" + SEE);
            }
            if (text.equals(":") && expected.equals("the end of the line")) {
                return error(t, "unexpected ':'; annotations, slices and one-line blocks are not part of the"
                        + " scenario language" + SEE + STATEMENTS);
            }
        }
        if (t.kind() == Kind.NAME) {
            switch (text) {
                case "if" -> {
                    return error(t, "conditional expressions (a if c else b) are not part of the scenario"
                            + " language" + SEE);
                }
                case "for", "async" -> {
                    return error(t, "comprehensions and generator expressions are not part of the scenario"
                            + " language" + SEE);
                }
                case "await" -> {
                    return error(t, AWAIT_PLACE);
                }
                default -> {
                    // fall through to the generic message
                }
            }
        }
        if (t.kind() == Kind.INDENT) {
            return error(t, "unexpected indentation; statements of one block line up");
        }
        return error(t, "expected " + expected + ", found " + t.describe());
    }

    private ProgramSyntaxException error(ProgramToken t, String reason) {
        return new ProgramSyntaxException(t.line(), t.column(), reason, lines[t.line() - 1]);
    }
}
