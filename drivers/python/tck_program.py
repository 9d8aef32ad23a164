"""Checks the JSON form of a program (spec/language.md) and translates it to Python source.

The translation is plain Python: `def`/`async def` functions that declare `global` the names they
assign, classes whose methods do the same, and module-level statements for `main`. Two helpers,
reached through the builtins, are woven in: every attribute access goes through ATTR(obj, name,
pointer), which checks that the method exists *for that kind of object* in the language (or lets
an instance of a program's class answer as Python does), and every assignment to a name through
BIND(name, value), which names loop objects in traces by the first variable they were assigned
to (a subscript assignment, E[I] = V, binds no name: it is plain Python; an attribute
assignment, E.a = V, is plain Python on INSTANCE(E, pointer), which checks that E is an instance
of a program's class). Any fault is an InvalidProgram whose message is "at JSON-POINTER: problem".
"""

import marshal
import math
import re

import tck_vocabulary as vocabulary

FORMAT = "asyncio-tck-program/1"

IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
NON_BYTE = re.compile(r"[^\x00-\xff]")  # a character that is not a byte (latin-1)

# Every name of the language comes from the vocabulary (spec/vocabulary.json).
KEYWORDS = vocabulary.KEYWORDS
EXCEPTION_TYPES = vocabulary.EXCEPTION_TYPES
ASYNCIO_ERRORS = vocabulary.ASYNCIO_EXCEPTIONS
EXCEPTION_TYPE_SET, ASYNCIO_ERROR_SET = frozenset(EXCEPTION_TYPES), frozenset(ASYNCIO_ERRORS)
BUILTIN_NAMES = frozenset(EXCEPTION_TYPES + vocabulary.PYTHON_BUILTINS + vocabulary.KIT_BUILTINS
                          + tuple(name for name, _ in vocabulary.MODULE_BUILTINS))
# What each kind of object offers (keys: the trace reference types, and "asyncio"). A kind
# without methods (a coroutine) has no entry: an attribute of it is "no attribute" at run time.
METHODS = dict([(kind, names) for kind, names in vocabulary.METHODS.items() if names]
               + [("asyncio", vocabulary.ASYNCIO)])
METHOD_SETS = dict((kind, frozenset(names)) for kind, names in METHODS.items())
ALLOWED_ATTRS = frozenset(a for names in METHODS.values() for a in names)

STATEMENT_OPS = ("expr", "assign", "setitem", "setattr", "await", "return", "raise", "pass", "try",
                 "if", "for", "while", "async with", "async for", "yield", "break", "continue")
STATEMENT_KEYS = {"expr": ("op", "value"), "assign": ("op", "target", "value"),
                  "setitem": ("op", "of", "index", "value"),
                  "setattr": ("op", "of", "attr", "value"),
                  "await": ("op", "target", "value"), "pass": ("op",), "return": ("op", "value"),
                  "raise": ("op", "value"), "try": ("op", "body", "handlers", "finally"),
                  "if": ("op", "test", "body", "else"), "for": ("op", "target", "iter", "body"),
                  "while": ("op", "test", "body"), "async with": ("op", "value", "target", "body"),
                  "async for": ("op", "target", "iter", "body"), "yield": ("op", "value"),
                  "break": ("op",), "continue": ("op",)}
STATEMENT_KEY_SETS = {op: frozenset(keys) for op, keys in STATEMENT_KEYS.items()}
STATEMENT_WHAT = {op: ("an '%s' statement" if op[0] in "aeiou" else "a '%s' statement") % op
                  for op in STATEMENT_OPS}
EXPRESSION_KINDS = ("const", "bytes", "name", "attr", "call", "list", "tuple", "set", "dict",
                    "subscript", "binop", "compare", "boolop", "not")
EXPRESSION_KIND_SET = frozenset(EXPRESSION_KINDS)
EXPRESSION_KEYS = {"attr": ("attr", "of"), "call": ("call", "args", "kwargs"),
                   "subscript": ("subscript", "index"),
                   "binop": ("binop", "left", "right"), "compare": ("compare", "left", "right"),
                   "boolop": ("boolop", "left", "right")}
EXPRESSION_WHAT = {k: ("an '%s' expression" if k[0] in "aeiou" else "a '%s' expression") % k
                   for k in EXPRESSION_KINDS}
# The keys an expression of each kind may have (it has exactly one kind if its keys are these).
EXPRESSION_KEY_SETS = {k: frozenset(EXPRESSION_KEYS.get(k, (k,))) for k in EXPRESSION_KINDS}
BINARY_OPERATORS = ("+", "-", "*")
BOOLEAN_OPERATORS = ("and", "or")
COMPARISON_OPERATORS = ("==", "!=", "<", "<=", ">", ">=", "is", "is not")
INT64 = (-(1 << 63), (1 << 63) - 1)
# The bases a program's class may have, as written (asyncio.Protocol): the vocabulary's.
BASE_CLASSES = tuple("asyncio." + name for name in vocabulary.ASYNCIO_BASE_CLASSES)

MAIN, FUNCTION, ASYNC_FUNCTION = "main", "function", "async function"


class InvalidProgram(Exception):
    """The program is not in the scenario language; the message names the JSON Pointer."""


def fault(at, problem):
    return InvalidProgram("at %s: %s" % (at or "(root)", problem))


def child(at, key):
    """The JSON Pointer of an item (int) or a member (str) of the value at `at`."""
    if isinstance(key, int):
        return "%s/%d" % (at, key)
    if "~" in key or "/" in key:
        key = key.replace("~", "~0").replace("/", "~1")
    return at + "/" + key


_INDEX = tuple(str(i) for i in range(256))


def indices(count):
    """The array indices 0 .. count-1 as strings (for JSON Pointers), to zip with the items."""
    return _INDEX if count <= len(_INDEX) else [str(i) for i in range(count)]


# Identifiers already found valid (a string, a Python identifier, not a keyword, not reserved).
_NAMES = set()
_NAMES_MAX = 65536


def check_name(node, at):
    """Raises the fault of a name that is not a valid identifier; else remembers it as valid."""
    if not isinstance(node, str):
        raise fault(at, "expected a string, got %s" % brief(node))
    if not IDENTIFIER.fullmatch(node):
        raise fault(at, "%s is not a Python identifier (letters, digits and _, not starting "
                        "with a digit)" % brief(node))
    if node in KEYWORDS:
        raise fault(at, "%s is a Python keyword, not a name" % brief(node))
    if node == "__builtins__":
        raise fault(at, "'__builtins__' is reserved by Python")
    if type(node) is str:
        if len(_NAMES) >= _NAMES_MAX:
            _NAMES.clear()
        _NAMES.add(node)


def brief(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class Translation:
    """The Python source of a program (each function's and class's definition apart, so that a
    definition many programs share is compiled once; then main), the names of its classes, and
    the names of the helpers it calls."""

    def __init__(self, functions, main, prefix, classes=()):
        self.functions = functions
        self.main = main
        self.classes = classes
        # each helper's name in this program, by the name of the Session method it is
        self.helpers = dict((method, prefix + method) for method in HELPERS.values())

    @property
    def source(self):
        return "".join(self.functions) + self.main


# A method of the builtin `loop` needs no run-time check when the program never rebinds `loop`:
# it is written loop.attr\0P'pointer'\0E, which becomes loop.attr then, ATTR(loop, attr, pointer)
# otherwise.
LOOP_POINTER = re.compile(r"\0P'[^']*'\0E")
LOOP_ATTR = re.compile(r"loop\.(\w+)\0P('[^']*')\0E")
# The loop's methods the session answers itself (calling the loop's), so that its own exception
# handler stands for asyncio's default one (tck_session.Session.set_exception_handler).
LOOP_OWN = frozenset(("set_exception_handler", "get_exception_handler"))
# The loop's methods a program's loop.name goes to directly (the others through the session).
LOOP_METHOD_SET = METHOD_SETS["EventLoop"] - LOOP_OWN
# Checked definitions by (pointer, marshalled JSON value): generated programs repeat their helper
# functions. Equal keys mean equal definitions; a definition written another way (another key
# order) only misses the cache.
_FUNCTIONS = {}
_FUNCTIONS_MAX = 4096
# Finished function sources by (source, helper prefix, whether the program rebinds `loop`).
_FINISHED = {}
_FINISHED_MAX = 4096


# The run-time helpers a translated program calls, by their placeholder in a translation: each is
# the Session method of that name (tck_session), named in a program with its own prefix.
HELPERS = {"\0ATTR": "attr", "\0BIND": "bind", "\0RET": "ret", "\0STEP": "step", "\0ITEMS": "items",
           "\0AITEMS": "async_items", "\0INSTANCE": "instance", "\0AWAITING": "awaiting"}


def translate(program):
    """Checks a program (parsed JSON) and returns its Translation; raises InvalidProgram."""
    try:
        return _Translator(program).translate()
    except RecursionError:
        raise InvalidProgram("at (root): the program is nested too deeply")


def _finished(source, prefix, loop_rebound):
    """A source with the helpers' placeholders replaced by their names in this program."""
    if "\0P" in source:
        source = (LOOP_ATTR.sub(r"\0ATTR(loop, '\1', \2)", source) if loop_rebound
                  else LOOP_POINTER.sub("", source))
    for placeholder, method in HELPERS.items():
        source = source.replace(placeholder, prefix + method)
    return source


def _finished_function(source, prefix, loop_rebound):
    key = (source, prefix, loop_rebound)
    done = _FINISHED.get(key)
    if done is None:
        done = _finished(source, prefix, loop_rebound)
        if len(_FINISHED) >= _FINISHED_MAX:
            _FINISHED.clear()
        _FINISHED[key] = done
    return done


class _Translator:
    """One program's check and translation. JSON Pointers are built by concatenation (array
    indices from indices()); only kwargs keys, which may need escaping, go through child()."""

    def __init__(self, program):
        self.program = program
        self.defined = {}         # function or class name -> pointer of its definition
        self.classes = []         # the class names, in order
        self.open_attrs = False   # whether any .name may be read (a program with classes)
        self.method_class = None  # the class whose method is being translated
        self.assigned = set()     # every global the program assigns, anywhere
        self.identifiers = set()  # every identifier written, to keep helper names apart
        self.uses = []            # (name, pointer, params) checked once all globals are known
        self.lines = []           # the lines of main, or of the function being translated
        self.function_sources = []
        self.fn_assigned = None   # (name, pointer) assignments of the function being translated
        self.loop_depth = 0       # how many for/while bodies enclose the statement translated
        self.fn_yield = None      # the first yield of the function being translated, and
        self.fn_return = None     # its first return with a value (an async generator has none)

    def translate(self):
        root = self.program
        self.object(root, "", "a program")
        self.allow_keys(root, "", "a program", ("format", "name", "clauses", "functions", "classes",
                                                "main"))
        if "format" not in root:
            raise fault("", 'missing "format"; a program starts with "format": "%s"' % FORMAT)
        if root["format"] != FORMAT:
            raise fault("/format", 'expected "%s", got %s' % (FORMAT, brief(root["format"])))
        if "name" in root and not isinstance(root["name"], str):
            raise fault("/name", "expected a string, got %s" % brief(root["name"]))
        for i, clause in enumerate(self.array(root.get("clauses", []), "/clauses", "clause ids")):
            if not isinstance(clause, str) or not clause:
                raise fault(child("/clauses", i), "a clause id is a non-empty string")
        functions = self.array(root.get("functions", []), "/functions", "function definitions")
        classes = self.array(root.get("classes", []), "/classes", "class definitions")
        self.open_attrs = bool(classes)  # an instance may have any attribute: checked at run time
        for i, fn in zip(indices(len(functions)), functions):
            self.function(fn, "/functions/" + i, self.defined)
        for i, cls in zip(indices(len(classes)), classes):
            self.class_definition(cls, "/classes/" + i)
        if "main" not in root:
            raise fault("", 'missing "main"; a program has "main": [statements] (may be empty)')
        self.block(root["main"], "/main", MAIN, (), 0, True)
        defined, assigned = self.defined, self.assigned
        for name, at, params in self.uses:
            if not (name in params or name in defined or name in assigned
                    or name in BUILTIN_NAMES):
                raise fault(at, "name '%s' is not defined (not a parameter, a variable the "
                                "program assigns, a function or class of the program, or a "
                                "builtin of the scenario language)" % name)
        prefix = "_tck_"
        while any(i.startswith(prefix) for i in self.identifiers):
            prefix = "_" + prefix
        loop_rebound = "loop" in assigned or "loop" in defined  # a function or class named loop
        return Translation([_finished_function(f, prefix, loop_rebound)
                            for f in self.function_sources],
                           _finished("\n".join(self.lines) + "\n", prefix, loop_rebound),
                           prefix, tuple(self.classes))

    # -- shape helpers ---------------------------------------------------------------------

    def object(self, node, at, what):
        if not isinstance(node, dict):
            raise fault(at, "expected %s (an object), got %s" % (what, brief(node)))
        return node

    def array(self, node, at, what):
        if not isinstance(node, list):
            raise fault(at, "expected an array of %s, got %s" % (what, brief(node)))
        return node

    def allow_keys(self, node, at, what, keys):
        for key in node:
            if key not in keys:
                raise fault(at, 'unknown key "%s" in %s; its keys are %s'
                            % (key, what, ", ".join(keys)))

    def required(self, node, at, key, what):
        if key not in node:
            raise fault(at, 'missing "%s" in %s' % (key, what))
        return node[key]

    def name(self, node, at):
        if node.__class__ is not str or node not in _NAMES:
            check_name(node, at)
        if self.method_class is not None and node[:2] == "__":
            self.private(node, at)
        self.identifiers.add(node)
        return node

    def private(self, name, at):
        """A name starting with __ in a method: only __init__ (Python mangles the others)."""
        if name != "__init__":
            raise fault(at, "'%s': in a class, names starting with '__' are not in the scenario "
                            "language (Python mangles private names and gives special ones a "
                            "meaning); the one such method is __init__" % name)

    def attribute(self, node, at):
        """The name of an attribute that is not the vocabulary's (one a program's instance has)."""
        if node.__class__ is not str or node not in _NAMES:
            check_name(node, at)
        if node[:2] == "__":
            raise fault(at, "'.%s': attribute names starting with '__' are not in the scenario "
                            "language (Python gives every object such attributes, and mangles "
                            "private ones in a class)" % node)
        self.identifiers.add(node)
        return node

    # -- definitions and statements --------------------------------------------------------

    def define(self, defined, name, at, key="def"):
        """Records a definition (its pointer, at) in defined: the program's functions and classes,
        or a class's methods; a name defined twice is a fault at at/key."""
        if name in defined:
            if defined is self.defined:
                raise fault(at + "/" + key, "'%s' is already defined at %s; give each function "
                                            "and class its own name" % (name, defined[name]))
            raise fault(at + "/" + key, "method '%s' is already defined at %s"
                        % (name, defined[name]))
        defined[name] = at

    def class_definition(self, cls, at):
        """class NAME(BASE): methods. Its source is the methods' sources, indented."""
        what = "a class definition"
        self.object(cls, at, what)
        self.allow_keys(cls, at, what, ("class", "bases", "methods"))
        name = self.name(self.required(cls, at, "class", what), at + "/class")
        self.define(self.defined, name, at, "class")
        self.classes.append(name)
        where = at + "/bases"
        bases = self.array(cls.get("bases", []), where, "base class names")
        if len(bases) > 1:
            raise fault(where, "a class has at most one base (one of %s), got %d"
                        % (", ".join(BASE_CLASSES), len(bases)))
        for base in bases:
            if base not in BASE_CLASSES:  # a string: a list or dict would not be found either
                raise fault(where + "/0", "a class's base is one of %s, or none; got %s"
                            % (", ".join(BASE_CLASSES), brief(base)))
        where = at + "/methods"
        methods = self.array(self.required(cls, at, "methods", what), where, "method definitions")
        first, defined = len(self.function_sources), {}
        self.method_class = name
        try:
            for i, fn in zip(indices(len(methods)), methods):
                self.function(fn, where + "/" + i, defined)
        finally:
            self.method_class = None
        body = "".join("    " + line + "\n" for source in self.function_sources[first:]
                       for line in source.splitlines())
        del self.function_sources[first:]
        self.function_sources.append("class %s%s:\n%s" % (name, "(%s)" % bases[0] if bases else "",
                                                          body or "    pass\n"))

    def function(self, fn, at, defined):
        try:
            key = (at, self.open_attrs, marshal.dumps(fn))
        except (TypeError, ValueError, RecursionError):
            key = None
        known = _FUNCTIONS.get(key) if key is not None else None
        if known is None:
            uses, identifiers, assigned = len(self.uses), self.identifiers, self.assigned
            self.identifiers, self.assigned = set(), set()  # to see what this function adds
            try:
                self.check_function(fn, at, defined)
                known = (fn["def"], self.function_sources[-1], frozenset(self.identifiers),
                         self.uses[uses:], frozenset(self.assigned))
            finally:
                self.identifiers, self.assigned = identifiers | self.identifiers, assigned | self.assigned
            if key is not None:
                if len(_FUNCTIONS) >= _FUNCTIONS_MAX:
                    _FUNCTIONS.clear()
                _FUNCTIONS[key] = known
            return
        name, source, identifiers, uses, assigned = known
        self.define(defined, name, at)
        self.function_sources.append(source)
        self.identifiers |= identifiers
        self.uses.extend(uses)
        self.assigned |= assigned

    def check_function(self, fn, at, defined):
        what = "a function definition"
        self.object(fn, at, what)
        self.allow_keys(fn, at, what, ("def", "async", "params", "defaults", "body"))
        name = self.name(self.required(fn, at, "def", what), at + "/def")
        self.define(defined, name, at)
        is_async = fn.get("async", False)
        if not isinstance(is_async, bool):
            raise fault(at + "/async", "expected true or false, got %s" % brief(is_async))
        params = []
        where = at + "/params"
        for i, p in enumerate(self.array(fn.get("params", []), where, "parameter names")):
            p = self.name(p, child(where, i))
            if p in params:
                raise fault(child(where, i), "duplicate parameter '%s'" % p)
            params.append(p)
        if self.method_class is not None and not params:
            raise fault(where, "method '%s' takes no parameter; its first parameter is the "
                               "instance (self)" % name)
        where = at + "/defaults"
        defaults = self.array(fn.get("defaults", []), where, "default values")
        if len(defaults) > len(params):
            raise fault(where, "%d default values for %d parameters; the defaults belong to the last "
                               "parameters" % (len(defaults), len(params)))
        texts = list(params)
        for i, d in enumerate(defaults):
            self.object(d, child(where, i), "a default value")
            if set(d) != {"const"}:
                raise fault(child(where, i), 'a default value is a constant: {"const": ...}')
            texts[len(params) - len(defaults) + i] += "=" + self.constant(d["const"], child(where, i) + "/const")
        main_lines, self.lines = self.lines, []
        self.lines.append("%sdef %s(%s):" % ("async " if is_async else "", name, ", ".join(texts)))
        header = len(self.lines)
        self.fn_assigned = []
        self.fn_yield = self.fn_return = None
        self.block(self.required(fn, at, "body", what), at + "/body",
                   ASYNC_FUNCTION if is_async else FUNCTION, tuple(params), 1, False)
        if self.fn_yield is not None and self.fn_return is not None:
            raise fault(self.fn_return, "'return' with value in async generator '%s' (it yields at %s); "
                                        "an asynchronous generator ends with a bare return"
                        % (name, self.fn_yield))
        for target, where in self.fn_assigned:
            if target in params:
                raise fault(where, "assignment to parameter '%s': assignments bind globals, and "
                                   "Python cannot make a parameter global" % target)
        names = sorted(set(t for t, _ in self.fn_assigned))
        if names:
            self.lines.insert(header, "    global " + ", ".join(names))
        self.fn_assigned = None
        self.function_sources.append("\n".join(self.lines) + "\n")
        self.lines = main_lines

    def block(self, node, at, scope, params, depth, may_be_empty):
        if not isinstance(node, list):
            raise fault(at, "expected an array of statements, got %s" % brief(node))
        if not node and not may_be_empty:
            raise fault(at, 'a block needs at least one statement (use {"op": "pass"})')
        at += "/"
        for i, s in zip(indices(len(node)), node):
            self.statement(s, at + i, scope, params, depth)

    def assign_to(self, target, at):
        self.assigned.add(target)
        if self.fn_assigned is not None:
            self.fn_assigned.append((target, at))

    def statement(self, s, at, scope, params, depth):
        if not isinstance(s, dict):
            raise fault(at, "expected a statement (an object), got %s" % brief(s))
        if "op" not in s:
            raise fault(at, 'missing "op" in statement %s; "op" is one of %s'
                        % (sorted(s), ", ".join(STATEMENT_OPS)))
        op = s["op"]
        if op not in STATEMENT_OPS:
            raise fault(at + "/op", 'unknown statement %s; "op" is one of %s'
                        % (brief(op), ", ".join(STATEMENT_OPS)))
        if op == "try":
            return self.try_statement(s, at, scope, params, depth)
        if not s.keys() <= STATEMENT_KEY_SETS[op]:
            self.allow_keys(s, at, STATEMENT_WHAT[op], STATEMENT_KEYS[op])
        pad = "    " * depth
        if op == "pass":
            self.lines.append(pad + "pass")
            return
        if op in ("if", "for", "while"):
            return self.compound_statement(op, s, at, scope, params, depth)
        if op == "async with":
            return self.async_with(s, at, scope, params, depth)
        if op == "async for":
            return self.async_for(s, at, scope, params, depth)
        if op == "setitem":  # OF[INDEX] = VALUE: binds no name (no BIND, no global)
            what = STATEMENT_WHAT[op]
            of = self.expr(self.required(s, at, "of", what), at + "/of", params)
            index = self.expr(self.required(s, at, "index", what), at + "/index", params)
            value = self.expr(self.required(s, at, "value", what), at + "/value", params)
            self.lines.append("%s%s[%s] = %s" % (pad, of, index, value))
            return
        if op == "setattr":  # OF.ATTR = VALUE: binds no name; OF is checked to be an instance
            what = STATEMENT_WHAT[op]
            of = self.expr(self.required(s, at, "of", what), at + "/of", params)
            attr = self.attribute(self.required(s, at, "attr", what), at + "/attr")
            value = self.expr(self.required(s, at, "value", what), at + "/value", params)
            self.lines.append("%s\0INSTANCE(%s, %r).%s = %s" % (pad, of, at + "/of", attr, value))
            return
        if op in ("break", "continue"):
            if not self.loop_depth:
                raise fault(at, "'%s' outside a loop; it belongs in the body of a for, async for or while"
                            % op)
            self.lines.append(pad + op)
            return
        if op == "await" and scope != ASYNC_FUNCTION:
            raise fault(at, "'await' is only allowed inside 'async def'")
        if op == "return" and scope == MAIN:
            raise fault(at, "'return' is only allowed inside a function")
        if op == "yield":
            if scope != ASYNC_FUNCTION:
                raise fault(at, "'yield' is only allowed inside 'async def' (an asynchronous generator)")
            if self.fn_yield is None:
                self.fn_yield = at
        if op == "return" and "value" in s and self.fn_return is None:
            self.fn_return = at
        if "value" in s:
            value = self.expr(s["value"], at + "/value", params)
        elif op == "expr" or op == "assign" or op == "await":
            raise fault(at, 'missing "value" in %s' % STATEMENT_WHAT[op])
        else:
            value = None
        if op == "await":  # what it awaits goes through AWAITING, which may check its value
            value = "(await \0AWAITING(%s, %r))" % (value, at)
        if op == "assign" or (op == "await" and "target" in s):
            if "target" not in s:
                raise fault(at, 'missing "target" in %s' % STATEMENT_WHAT[op])
            where = at + "/target"
            target = self.name(s["target"], where)
            self.assign_to(target, where)
            self.lines.append("%s%s = \0BIND(%r, %s)" % (pad, target, target, value))
        elif op == "expr" or op == "await":
            self.lines.append(pad + value)
        else:
            self.lines.append(pad + op + ("" if value is None else " " + value))

    def compound_statement(self, op, s, at, scope, params, depth):
        """if/elif/else, for and while. Each iteration of a loop takes a step of the program's
        budget (STEP, ITEMS): past it the run ends, so a wrong loop cannot keep a program
        spinning."""
        what, pad = STATEMENT_WHAT[op], "    " * depth
        if op == "for":
            where = at + "/target"
            target = self.name(self.required(s, at, "target", what), where)
            self.assign_to(target, where)
            items = self.expr(self.required(s, at, "iter", what), at + "/iter", params)
            self.lines.append("%sfor %s in \0ITEMS(%s, %r):" % (pad, target, items, target))
        else:
            test = self.expr(self.required(s, at, "test", what), at + "/test", params)
            self.lines.append("%s%s (%s)%s:" % (pad, op, test, " and \0STEP()" if op == "while" else ""))
        looping = op != "if"
        self.loop_depth += looping
        try:
            self.block(self.required(s, at, "body", what), at + "/body", scope, params,
                       depth + 1, False)
        finally:
            self.loop_depth -= looping
        if op == "if" and s.get("else", []) != []:
            self.lines.append(pad + "else:")
            self.block(s["else"], at + "/else", scope, params, depth + 1, True)

    def async_with(self, s, at, scope, params, depth):
        """async with EXPR [as NAME]: the name is bound through BIND, as an assignment is."""
        what, pad = STATEMENT_WHAT["async with"], "    " * depth
        if scope != ASYNC_FUNCTION:
            raise fault(at, "'async with' is only allowed inside 'async def'")
        manager = self.expr(self.required(s, at, "value", what), at + "/value", params)
        if "target" in s:
            where = at + "/target"
            target = self.name(s["target"], where)
            self.assign_to(target, where)
            self.lines.append("%sasync with %s as %s:" % (pad, manager, target))
            self.lines.append("%s    %s = \0BIND(%r, %s)" % (pad, target, target, target))
        else:
            self.lines.append("%sasync with %s:" % (pad, manager))
        self.block(self.required(s, at, "body", what), at + "/body", scope, params, depth + 1, False)

    def async_for(self, s, at, scope, params, depth):
        """async for NAME in EXPR: EXPR goes through AITEMS (the items of as_completed are
        remembered as its: see Session.async_items); each item takes a step of the program's
        budget (STEP) and is bound through BIND, as a for loop's are."""
        what, pad = STATEMENT_WHAT["async for"], "    " * depth
        if scope != ASYNC_FUNCTION:
            raise fault(at, "'async for' is only allowed inside 'async def'")
        where = at + "/target"
        target = self.name(self.required(s, at, "target", what), where)
        self.assign_to(target, where)
        items = self.expr(self.required(s, at, "iter", what), at + "/iter", params)
        self.lines.append("%sasync for %s in \0AITEMS(%s):" % (pad, target, items))
        self.lines.append("%s    \0STEP()" % pad)
        self.lines.append("%s    %s = \0BIND(%r, %s)" % (pad, target, target, target))
        self.loop_depth += 1
        try:
            self.block(self.required(s, at, "body", what), at + "/body", scope, params, depth + 1, False)
        finally:
            self.loop_depth -= 1

    def try_statement(self, s, at, scope, params, depth):
        what = "a 'try' statement"
        pad = "    " * depth
        self.allow_keys(s, at, what, ("op", "body", "handlers", "finally"))
        self.lines.append(pad + "try:")
        self.block(self.required(s, at, "body", what), at + "/body", scope, params,
                   depth + 1, False)
        handlers = self.array(s.get("handlers", []), at + "/handlers", "except handlers")
        for i, h in enumerate(handlers):
            where = child(at + "/handlers", i)
            self.object(h, where, "an except handler")
            self.allow_keys(h, where, "an except handler", ("types", "name", "body"))
            types = self.array(self.required(h, where, "types", "an except handler"),
                               where + "/types", "exception type names")
            if not types and i != len(handlers) - 1:
                raise fault(where, 'a bare except ("types": []) must be the last handler')
            names = [self.exception_type(t, child(where + "/types", k), params)
                     for k, t in enumerate(types)]
            clause = "" if not names else " " + (names[0] if len(names) == 1
                                                  else "(" + ", ".join(names) + ")")
            if "name" in h:
                name = self.name(h["name"], where + "/name")
                self.assign_to(name, where + "/name")
                clause += " as " + name
            self.lines.append(pad + "except" + clause + ":")
            self.block(self.required(h, where, "body", "an except handler"), where + "/body",
                       scope, params, depth + 1, False)
        final = self.array(s.get("finally", []), at + "/finally", "statements")
        if not handlers and not final:
            raise fault(at, "a 'try' needs at least one handler or a non-empty \"finally\"")
        if final:
            self.lines.append(pad + "finally:")
            self.block(final, at + "/finally", scope, params, depth + 1, False)

    def exception_type(self, t, at, params):
        if not isinstance(t, str):
            raise fault(at, "expected a string, got %s" % brief(t))
        head, _, rest = t.partition(".")
        if (t in EXCEPTION_TYPE_SET) or (head == "asyncio" and rest in ASYNCIO_ERROR_SET):
            self.uses.append((head, at, params))
            return t
        raise fault(at, "except names an exception type of the language (%s, or asyncio.%s), "
                        "not %s" % (", ".join(EXCEPTION_TYPES), ", asyncio.".join(ASYNCIO_ERRORS),
                                    brief(t)))

    # -- expressions -----------------------------------------------------------------------

    def expression_kind(self, e, at):
        """The kind of an expression whose keys are not simply those of one kind, or its fault."""
        kinds = [k for k in e if k in EXPRESSION_KIND_SET]
        if len(kinds) != 1:
            raise fault(at, "%s expression %s; an expression has exactly one of %s"
                        % ("unknown" if not kinds else "ambiguous", sorted(e),
                           ", ".join(EXPRESSION_KINDS)))
        kind = kinds[0]
        if len(e) > 1 or kind in EXPRESSION_KEYS:
            self.allow_keys(e, at, EXPRESSION_WHAT[kind], EXPRESSION_KEYS.get(kind, (kind,)))
        return kind

    def expr(self, e, at, params):
        if not isinstance(e, dict):
            raise fault(at, "expected an expression (an object), got %s" % brief(e))
        kind = None
        for kind in e:  # the first key: the kind, when every key is one of that kind's
            break
        allowed = EXPRESSION_KEY_SETS.get(kind)
        if allowed is None or not e.keys() <= allowed:
            kind = self.expression_kind(e, at)
        value = e[kind]
        if kind == "name":
            if value.__class__ is not str or value not in _NAMES:
                check_name(value, at + "/name")
            if self.method_class is not None and value[:2] == "__":
                self.private(value, at + "/name")
            self.identifiers.add(value)
            self.uses.append((value, at + "/name", params))
            return value
        if kind == "call":
            fn = self.expr(value, at + "/call", params)
            if "args" in e:
                items = e["args"]
                if not isinstance(items, list):
                    raise fault(at + "/args", "expected an array of expressions, got %s"
                                % brief(items))
                where = at + "/args/"
                args = [self.expr(a, where + i, params) for i, a in zip(indices(len(items)), items)]
            else:
                args = []
            if "kwargs" in e:
                kwargs = self.object(e["kwargs"], at + "/kwargs", "keyword arguments")
                for key, v in kwargs.items():
                    where = child(at + "/kwargs", key)
                    self.name(key, where)
                    args.append("%s=%s" % (key, self.expr(v, where, params)))
            called = "%s(%s)" % (fn, ", ".join(args))
            method = value.get("attr") if isinstance(value, dict) else None
            if method in vocabulary.RETURNS or method in vocabulary.ASYNC_FOR_GIVES:
                return "\0RET(%s, %r, %r)" % (called, method, at)
            return called
        if kind == "attr":
            if value.__class__ is not str or value not in _NAMES:
                check_name(value, at + "/attr")
            self.identifiers.add(value)
            if value not in ALLOWED_ATTRS:
                if not self.open_attrs:
                    raise fault(at + "/attr", "'.%s' is not a method or attribute in the scenario "
                                              "language" % value)
                self.attribute(value, at + "/attr")  # of an instance, else refused at run time
            if "of" not in e:
                raise fault(at, 'missing "of" in %s' % EXPRESSION_WHAT[kind])
            of = self.expr(e["of"], at + "/of", params)
            if of == "loop" and value in LOOP_METHOD_SET and "loop" not in params:
                return "loop.%s\0P%r\0E" % (value, at)
            return "\0ATTR(%s, %r, %r)" % (of, value, at)
        if kind == "const":
            cls = value.__class__
            if cls is str:
                return repr(value)
            if cls is int and INT64[0] <= value <= INT64[1]:
                return "(%d)" % value
            return self.constant(value, at + "/const")
        if kind == "bytes":  # one character U+0000..U+00FF per byte (latin-1)
            if value.__class__ is not str:
                raise fault(at + "/bytes", "expected a string, got %s" % brief(value))
            bad = NON_BYTE.search(value)
            if bad is not None:
                raise fault(at + "/bytes", "a bytes literal holds characters U+0000 to U+00FF, one "
                                           "per byte; got U+%04X at index %d"
                            % (ord(bad.group(0)), bad.start()))
            return repr(value.encode("latin-1"))
        if kind == "binop" or kind == "compare" or kind == "boolop":
            allowed = (BINARY_OPERATORS if kind == "binop" else COMPARISON_OPERATORS if kind == "compare"
                       else BOOLEAN_OPERATORS)
            if value not in allowed:
                raise fault(at + "/" + kind, "unknown operator %s; one of %s"
                            % (brief(value), ", ".join(allowed)))
            if "left" not in e:
                raise fault(at, 'missing "left" in %s' % EXPRESSION_WHAT[kind])
            left = self.expr(e["left"], at + "/left", params)
            if "right" not in e:
                raise fault(at, 'missing "right" in %s' % EXPRESSION_WHAT[kind])
            right = self.expr(e["right"], at + "/right", params)
            return "(%s %s %s)" % (left, value, right)
        if kind == "not":
            return "(not %s)" % self.expr(value, at + "/not", params)
        if kind == "subscript":  # every translated expression may be subscripted as it is
            of = self.expr(value, at + "/subscript", params)
            if "index" not in e:
                raise fault(at, 'missing "index" in %s' % EXPRESSION_WHAT[kind])
            return "%s[%s]" % (of, self.expr(e["index"], at + "/index", params))
        if kind == "dict":
            inner = at + "/dict"
            if not isinstance(value, list):
                raise fault(inner, "expected an array of [key, value] pairs, got %s" % brief(value))
            inner += "/"
            pairs = []
            for i, pair in zip(indices(len(value)), value):
                if not isinstance(pair, list) or len(pair) != 2:
                    raise fault(inner + i, "expected a [key, value] pair of expressions, got %s"
                                % brief(pair))
                where = inner + i + "/"
                pairs.append("%s: %s" % (self.expr(pair[0], where + "0", params),
                                         self.expr(pair[1], where + "1", params)))
            return "{" + ", ".join(pairs) + "}"
        inner = at + "/" + kind  # list, tuple or set
        if not isinstance(value, list):
            raise fault(inner, "expected an array of expressions, got %s" % brief(value))
        inner += "/"
        items = [self.expr(x, inner + i, params) for i, x in zip(indices(len(value)), value)]
        if kind == "list":
            return "[" + ", ".join(items) + "]"
        if kind == "set":
            if not items:
                raise fault(at + "/set", "a set display has at least one item (the empty set is "
                                         "a call of set)")
            return "{" + ", ".join(items) + "}"
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"

    def constant(self, v, at):
        if v is None or isinstance(v, bool):
            return repr(v)
        if isinstance(v, int):
            if not INT64[0] <= v <= INT64[1]:
                raise fault(at, "integer %d does not fit in 64 bits" % v)
            return "(%d)" % v
        if isinstance(v, float):
            if not math.isfinite(v):
                raise fault(at, "number %r is not a finite 64-bit float" % v)
            return "(%r)" % v
        if isinstance(v, str):
            return repr(v)
        raise fault(at, "a constant is null, true, false, a number or a string, got %s"
                    % brief(v))
