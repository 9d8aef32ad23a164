"""The text forms of the scenario language (spec/language.md), to and from their JSON forms.

* program_json(text): a program's text form (a Python subset) read into its JSON form. Only the
  shape is checked here ("line N: ..."); names, attributes and the other rules of the language
  are tck_program.translate's, the one checker, which every JSON program goes through.
* trace_lines(trace): a trace (JSON form) printed in the text form, one line per event.
* trace_json(text): a trace's text form (as features write expected traces) read into the JSON
  form; printing it with trace_lines gives the canonical text (sets sorted, strings quoted as
  Python's repr), so two traces are compared by their printed lines.

    python3 tck_text.py --programs-to-json   reads a JSON list of program texts on stdin, writes
                                             a JSON list of {"program": ...} or {"error": ...}

Standard library only; Python 3.8+.
"""

import ast
import io
import json
import math
import re
import sys
import tokenize

from tck_program import FORMAT as PROGRAM_FORMAT
from tck_session import TRACE_FORMAT


class TextError(Exception):
    """Text that is not in the text form; the message starts with "line N: "."""


# -- programs: text -> JSON ----------------------------------------------------------------

BINARY_OPERATORS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*"}
COMPARISONS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
               ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not"}
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
BYTES_NON_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\([uUN])")  # \u, \U, \N: escapes of a str only


def fail(node, problem):
    raise TextError("line %s: %s" % (getattr(node, "lineno", "?"), problem))


def program_json(text):
    """The JSON form (a dict) of a program's text form; raises TextError."""
    try:
        tree = ast.parse(text, "<program>")
        check_tokens(text)
    except SyntaxError as e:
        raise TextError("line %s: syntax error: %s" % (e.lineno, e.msg))
    except (RecursionError, MemoryError):
        raise TextError("line 1: the program is nested too deeply")
    functions, classes, main = [], [], []
    try:
        for node in tree.body:
            if isinstance(node, FUNCTIONS + (ast.ClassDef,)):
                if main:
                    fail(node, "%s '%s' defined after a module-level statement (all "
                               "definitions come first)" % (
                                   "class" if isinstance(node, ast.ClassDef) else "function",
                                   node.name))
                if isinstance(node, ast.ClassDef):
                    classes.append(class_definition(node))
                else:
                    functions.append(function(node))
            else:
                main.append(statement(node))
    except RecursionError:
        raise TextError("line %d: the program is nested too deeply" % node.lineno)
    program = {"format": PROGRAM_FORMAT, "functions": functions}
    if classes:
        program["classes"] = classes
    program["main"] = main
    return program


def check_tokens(text):
    """Strings are written in double quotes, without prefixes or triple quotes, and bytes
    likewise with the one prefix b (b"..."); one statement per line; blocks are indented with
    spaces."""
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.STRING:
            prefix = tok.string[:len(tok.string) - len(tok.string.lstrip("bBrRuUfF"))]
            literal = tok.string[len(prefix):]
            if prefix not in ("", "b"):
                raise TextError("line %d: string prefixes ('%s') are not in the language; write a "
                                "plain string in double quotes, or bytes as b\"...\": %s"
                                % (tok.start[0], prefix, tok.string))
            if not literal.startswith('"') or literal.startswith('"""'):
                raise TextError("line %d: %s are written in double quotes: %s"
                                % (tok.start[0], "bytes" if prefix else "strings", tok.string))
            escape = BYTES_NON_ESCAPE.search(literal) if prefix else None
            if escape:  # Python would keep b"\u20ac" as six bytes, with a warning
                raise TextError("line %d: \\%s is not an escape in a bytes literal; write each byte "
                                "as \\xNN: %s" % (tok.start[0], escape.group(1), tok.string))
        if tok.type == tokenize.OP and tok.string == ";":
            raise TextError("line %d: one statement per line (no ';')" % tok.start[0])
        if tok.type == tokenize.INDENT and "\t" in tok.string:
            raise TextError("line %d: blocks are indented with spaces, not tabs" % tok.start[0])


def class_definition(node):
    """class NAME: or class NAME(BASE): with methods, or a lone pass. A base is written NAME or
    asyncio.NAME; which names may be bases is tck_program's check (asyncio.Protocol, ...)."""
    if node.decorator_list:
        fail(node, "decorators are not in the language")
    if node.keywords:
        fail(node, "class '%s': class keywords (metaclass=...) are not in the language" % node.name)
    bases = []
    for base in node.bases:
        if isinstance(base, ast.Name):
            bases.append(base.id)
        elif (isinstance(base, ast.Attribute) and isinstance(base.value, ast.Name)
              and base.value.id == "asyncio"):
            bases.append("asyncio." + base.attr)
        else:
            fail(base, "class '%s': a class's base is written asyncio.NAME (class "
                       "P(asyncio.Protocol):), or there is none (class P:)" % node.name)
    if len(node.body) == 1 and isinstance(node.body[0], ast.Pass):
        methods = []
    else:
        for s in node.body:
            if not isinstance(s, FUNCTIONS):
                fail(s, "class '%s': a class body holds method definitions (def or async def) or a "
                        "lone pass" % node.name)
        methods = [function(m) for m in node.body]
    return {"class": node.name, "bases": bases, "methods": methods}


def function(fn):
    if fn.decorator_list:
        fail(fn, "decorators are not in the language")
    a = fn.args
    if (a.vararg or a.kwarg or a.kwonlyargs or a.kw_defaults
            or getattr(a, "posonlyargs", [])):
        fail(fn, "function '%s': only positional parameters, the last ones with defaults, are allowed"
             % fn.name)
    if fn.returns or any(p.annotation for p in a.args):
        fail(fn, "annotations are not in the language")
    out = {"def": fn.name, "async": isinstance(fn, ast.AsyncFunctionDef),
           "params": [p.arg for p in a.args]}
    if a.defaults:
        for d in a.defaults:
            if not isinstance(d, ast.Constant) or isinstance(d.value, bytes):
                fail(d, "a default value is a constant (None, True, False, a number or a string)")
        out["defaults"] = [expression(d) for d in a.defaults]
    out["body"] = [statement(s) for s in fn.body]
    return out


def statement(s):
    if isinstance(s, FUNCTIONS):
        fail(s, "functions are defined at top level only")
    if isinstance(s, ast.ClassDef):
        fail(s, "classes are defined at top level only")
    if isinstance(s, ast.Expr):
        if isinstance(s.value, ast.Yield):
            out = {"op": "yield"}
            if s.value.value is not None:
                out["value"] = expression(s.value.value)
            return out
        if isinstance(s.value, ast.Await):
            return {"op": "await", "value": expression(s.value.value)}
        return {"op": "expr", "value": expression(s.value)}
    if isinstance(s, ast.Assign):
        if len(s.targets) != 1 or not isinstance(s.targets[0], (ast.Name, ast.Subscript,
                                                                ast.Attribute)):
            fail(s, "only 'name = expression', 'name[key] = expression' and 'object.name = "
                    "expression' assignments are allowed (no several targets)")
        if isinstance(s.targets[0], (ast.Subscript, ast.Attribute)):
            if isinstance(s.value, ast.Await):
                fail(s, "an awaited value is assigned to a plain name (x = await EXPR); then "
                        "%s = x" % ("x[k]" if isinstance(s.targets[0], ast.Subscript) else "o.a"))
            item = expression(s.targets[0])
            if "attr" in item:
                return {"op": "setattr", "of": item["of"], "attr": item["attr"],
                        "value": expression(s.value)}
            return {"op": "setitem", "of": item["subscript"], "index": item["index"],
                    "value": expression(s.value)}
        target = s.targets[0].id
        if isinstance(s.value, ast.Await):
            return {"op": "await", "target": target, "value": expression(s.value.value)}
        return {"op": "assign", "target": target, "value": expression(s.value)}
    if isinstance(s, (ast.Return, ast.Raise)):
        if isinstance(s, ast.Raise) and s.cause is not None:
            fail(s, "'raise ... from ...' is not in the language")
        value = s.value if isinstance(s, ast.Return) else s.exc
        out = {"op": "return" if isinstance(s, ast.Return) else "raise"}
        if value is not None:
            out["value"] = expression(value)
        return out
    if isinstance(s, ast.Pass):
        return {"op": "pass"}
    if isinstance(s, ast.Try):
        if s.orelse:
            fail(s, "'try ... else' is not in the language")
        out = {"op": "try", "body": [statement(b) for b in s.body]}
        if s.handlers:
            out["handlers"] = [handler(h) for h in s.handlers]
        if s.finalbody:
            out["finally"] = [statement(b) for b in s.finalbody]
        return out
    if isinstance(s, ast.If):
        out = {"op": "if", "test": expression(s.test), "body": [statement(b) for b in s.body]}
        if s.orelse:
            out["else"] = [statement(b) for b in s.orelse]
        return out
    if isinstance(s, (ast.For, ast.While)):
        if s.orelse:
            fail(s, "'else' clauses of loops are not in the language")
        if isinstance(s, ast.While):
            return {"op": "while", "test": expression(s.test), "body": [statement(b) for b in s.body]}
        if not isinstance(s.target, ast.Name):
            fail(s, "a for loop binds one plain name (for x in EXPR)")
        return {"op": "for", "target": s.target.id, "iter": expression(s.iter),
                "body": [statement(b) for b in s.body]}
    if isinstance(s, ast.AsyncFor):
        if s.orelse:
            fail(s, "'else' clauses of loops are not in the language")
        if not isinstance(s.target, ast.Name):
            fail(s, "an async for loop binds one plain name (async for x in EXPR)")
        return {"op": "async for", "target": s.target.id, "iter": expression(s.iter),
                "body": [statement(b) for b in s.body]}
    if isinstance(s, ast.AsyncWith):
        if len(s.items) != 1:
            fail(s, "'async with' takes one context manager; nest a second 'async with' inside the first")
        item = s.items[0]
        out = {"op": "async with", "value": expression(item.context_expr)}
        if item.optional_vars is not None:
            if not isinstance(item.optional_vars, ast.Name):
                fail(s, "'async with ... as' binds one plain name")
            out["target"] = item.optional_vars.id
        out["body"] = [statement(b) for b in s.body]
        return out
    if isinstance(s, (ast.Break, ast.Continue)):
        return {"op": "break" if isinstance(s, ast.Break) else "continue"}
    fail(s, "statement '%s' is not in the language" % type(s).__name__)


def handler(h):
    types = h.type.elts if isinstance(h.type, ast.Tuple) else [] if h.type is None else [h.type]
    out = {"types": [exception_type(t) for t in types]}
    if h.name:
        out["name"] = h.name
    out["body"] = [statement(b) for b in h.body]
    return out


def exception_type(t):
    """An except clause's type: a name, or asyncio.NAME."""
    if isinstance(t, ast.Name):
        return t.id
    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "asyncio":
        return "asyncio." + t.attr
    fail(t, "except names exception types (NAME or asyncio.NAME)")


def expression(e):
    if isinstance(e, ast.Constant):
        if isinstance(e.value, bytes):  # one character U+0000..U+00FF per byte
            return {"bytes": e.value.decode("latin-1")}
        if not (e.value is None or isinstance(e.value, (bool, int, float, str))):
            fail(e, "constant %r is not in the language" % (e.value,))
        return {"const": e.value}
    if isinstance(e, ast.Name):
        return {"name": e.id}
    if isinstance(e, ast.Attribute):
        return {"attr": e.attr, "of": expression(e.value)}
    if isinstance(e, ast.Call):
        out = {"call": expression(e.func)}
        if any(isinstance(a, ast.Starred) for a in e.args):
            fail(e, "*args in a call is not in the language")
        if any(k.arg is None for k in e.keywords):
            fail(e, "**kwargs in a call is not in the language")
        if e.args:
            out["args"] = [expression(a) for a in e.args]
        if e.keywords:
            out["kwargs"] = dict((k.arg, expression(k.value)) for k in e.keywords)
        return out
    if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
        if any(isinstance(x, ast.Starred) for x in e.elts):
            fail(e, "starred items are not in the language")
        return {type(e).__name__.lower(): [expression(x) for x in e.elts]}
    if isinstance(e, ast.Dict):
        if any(k is None for k in e.keys):
            fail(e, "'**' unpacking in a dict display is not in the language")
        return {"dict": [[expression(k), expression(v)] for k, v in zip(e.keys, e.values)]}
    if isinstance(e, ast.Subscript):
        return {"subscript": expression(e.value), "index": subscript_index(e)}
    if isinstance(e, ast.BinOp):
        if type(e.op) not in BINARY_OPERATORS:
            fail(e, "operator %s is not in the language (only + - *)" % type(e.op).__name__)
        return {"binop": BINARY_OPERATORS[type(e.op)], "left": expression(e.left),
                "right": expression(e.right)}
    if isinstance(e, ast.Compare):
        if len(e.ops) != 1 or type(e.ops[0]) not in COMPARISONS:
            fail(e, "only single (non-chained) comparisons == != < <= > >= is, is not")
        return {"compare": COMPARISONS[type(e.ops[0])], "left": expression(e.left),
                "right": expression(e.comparators[0])}
    if isinstance(e, ast.BoolOp):  # a and b and c: ((a and b) and c), as Python evaluates it
        op = "and" if isinstance(e.op, ast.And) else "or"
        out = expression(e.values[0])
        for v in e.values[1:]:
            out = {"boolop": op, "left": out, "right": expression(v)}
        return out
    if isinstance(e, ast.UnaryOp):
        if isinstance(e.op, ast.Not):
            return {"not": expression(e.operand)}
        if (isinstance(e.op, ast.USub) and isinstance(e.operand, ast.Constant)
                and type(e.operand.value) in (int, float)):
            return {"const": -e.operand.value}
        fail(e, "unary operator other than 'not' / negative number literal")
    if isinstance(e, ast.Await):
        fail(e, "await only as a whole statement or the whole right side of '='")
    fail(e, "expression '%s' is not in the language" % type(e).__name__)


def subscript_index(e):
    """The index of a subscript E[I]: one expression, not a slice; a tuple key is written in
    parentheses, a[(i, j)]."""
    index = e.slice
    if isinstance(index, getattr(ast, "Index", ())):  # Python 3.8
        index = index.value
    parts = index.elts if isinstance(index, ast.Tuple) else [index]
    if isinstance(index, (ast.Slice, getattr(ast, "ExtSlice", ast.Slice))) or any(
            isinstance(x, ast.Slice) for x in parts):
        fail(e, "slices (a[i:j]) are not part of the scenario language")
    first = index.elts[0] if isinstance(index, ast.Tuple) and index.elts else None
    if first is not None and (index.lineno, index.col_offset) == (first.lineno, first.col_offset):
        fail(e, "a subscript takes one key or index; write a tuple key in parentheses: a[(i, j)]")
    return expression(index)


# -- traces: JSON -> text ------------------------------------------------------------------

def value_text(v):
    """The text form of a trace value (JSON form)."""
    if v is None or isinstance(v, bool):
        return repr(v)
    if isinstance(v, (int, float, str)):
        return repr(v)
    if isinstance(v, list):
        return "[" + ", ".join(value_text(x) for x in v) + "]"
    if "tuple" in v:
        items = [value_text(x) for x in v["tuple"]]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if "dict" in v:
        return "{" + ", ".join("%s: %s" % (value_text(k), value_text(x))
                               for k, x in v["dict"]) + "}"
    if "bytes" in v:
        return repr(v["bytes"].encode("latin-1"))
    if "set" in v:
        items = sorted(value_text(x) for x in v["set"])
        return "{" + ", ".join(items) + "}" if items else "set()"
    if "error" in v:
        return v["error"] + ("(%r)" % v["message"] if v["message"] else "()")
    if "ref" in v:
        return v["ref"]
    if "float" in v:
        return v["float"]
    return "<%s>" % v["object"]


def trace_lines(trace):
    """The text form of a trace (JSON form), as a list of lines."""
    lines = []
    for event in trace["events"]:
        head = "!handler" if event.get("kind") == "handler" else event["label"]
        lines.append(head + (": " + value_text(event["value"]) if "value" in event else ""))
    if "raised" in trace:
        lines.append("!raised: " + value_text(trace["raised"]))
    return lines


# -- traces: text -> JSON ------------------------------------------------------------------

def trace_json(text):
    """The JSON form of a trace's text form (blank lines and # comments are skipped); a
    reference has no "type" (the text does not say it). Raises TextError."""
    trace = {"format": TRACE_FORMAT, "events": []}
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if "raised" in trace:
            raise TextError("line %d: '!raised' is the last line of a trace" % n)
        try:
            if s.startswith("!"):
                head, sep, rest = s.partition(":")
                if head not in ("!handler", "!raised"):
                    raise TextError("unknown event kind %r (only !handler and !raised)" % head)
                if head == "!raised":
                    if not sep:
                        raise TextError("'!raised' needs an exception value")
                    trace["raised"] = ValueReader(rest.strip()).read()
                    continue
                event = {"kind": "handler"}
            else:
                label, sep, rest = s.partition(": ")
                event = {"label": label if sep else s}
            if sep:
                event["value"] = ValueReader(rest.strip()).read()
            trace["events"].append(event)
        except TextError as e:
            raise TextError("line %d: %s" % (n, e))
    return trace


class ValueReader:
    """Reads the text form of one value into its JSON form."""

    NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*(#[0-9]+)?")
    NUMBER = re.compile(r"-?(\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?|inf)")
    INT = re.compile(r"-?\d+")

    def __init__(self, text):
        self.s = text
        self.i = 0

    def error(self, what):
        raise TextError("%s at column %d of %r" % (what, self.i + 1, self.s))

    def peek(self):
        while self.i < len(self.s) and self.s[self.i] == " ":
            self.i += 1
        return self.s[self.i] if self.i < len(self.s) else ""

    def expect(self, ch):
        if self.peek() != ch:
            self.error("expected %r" % ch)
        self.i += 1

    def read(self):
        v = self.value()
        if self.peek():
            self.error("unexpected text after the value")
        return v

    def items(self, close):
        """The items up to close, and whether a comma ended them."""
        out, trailing_comma = [], False
        while True:
            if self.peek() == close:
                self.i += 1
                return out, trailing_comma
            out.append(self.value())
            trailing_comma = self.peek() == ","
            if trailing_comma:
                self.i += 1
            elif self.peek() != close:
                self.error("expected ',' or %r" % close)

    def string(self, prefix=""):
        """A string in quotes, as Python writes it; with prefix "b", bytes (b'...' after the b)."""
        q = self.s[self.i]
        j = self.i + 1
        while j < len(self.s) and self.s[j] != q:
            j += 2 if self.s[j] == "\\" else 1
        if j >= len(self.s):
            self.error("unterminated string")
        token = prefix + self.s[self.i:j + 1]
        self.i = j + 1
        try:
            return ast.literal_eval(token)
        except (ValueError, SyntaxError):
            self.error("bad %s %s" % ("bytes" if prefix else "string", token))

    def bytes_value(self):
        """A bytes value, b'...' or b"..." (Python's repr); its JSON form holds a character
        U+0000..U+00FF per byte."""
        start = self.i
        self.i += 1
        j = self.i + 1
        while j < len(self.s) and self.s[j] != self.s[self.i]:
            if self.s[j] > "\x7f" or (self.s[j] == "\\" and self.s[j + 1:j + 2] in ("u", "U", "N")):
                self.i = start
                self.error("a bytes value holds bytes only (\\xNN escapes, ASCII characters)")
            j += 2 if self.s[j] == "\\" else 1
        return {"bytes": self.string("b").decode("latin-1")}

    def value(self):
        c = self.peek()
        if not c:
            self.error("missing value")
        if c in "'\"":
            return self.string()
        if c == "b" and self.s[self.i + 1:self.i + 2] in ("'", '"'):
            return self.bytes_value()
        if c == "{":
            return self.braces()
        if c in "[(":
            self.i += 1
            items, trailing = self.items({"[": "]", "(": ")"}[c])
            if c == "[":
                return items
            if c == "(" and len(items) == 1 and not trailing:
                self.error("a one-item tuple is written (x,)")
            return {"tuple": items}
        if c == "<":
            j = self.s.find(">", self.i)
            if j < 0:
                self.error("unterminated <type>")
            name, self.i = self.s[self.i + 1:j], j + 1
            return {"object": name}
        m = self.NUMBER.match(self.s, self.i)
        if m and (c.isdigit() or c in "-."):
            self.i = m.end()
            if self.INT.fullmatch(m.group(0)):
                return int(m.group(0))
            return number(float(m.group(0)))
        return self.word()

    def braces(self):
        """A set {a, b} or a dict {k: v, ...}; {} is the empty dict (the empty set is set())."""
        self.i += 1
        if self.peek() == "}":
            self.i += 1
            return {"dict": []}
        first = self.value()
        if self.peek() != ":":
            if self.peek() == ",":
                self.i += 1
            elif self.peek() != "}":
                self.error("expected ',' or '}'")
            items, _ = self.items("}")
            return {"set": [first] + items}
        pairs = []
        while True:
            self.expect(":")
            pairs.append([first, self.value()])
            if self.peek() == ",":
                self.i += 1
            elif self.peek() != "}":
                self.error("expected ',' or '}'")
            if self.peek() == "}":
                self.i += 1
                return {"dict": pairs}
            first = self.value()

    def word(self):
        m = self.NAME.match(self.s, self.i)
        if not m:
            self.error("not a value")
        word, self.i = m.group(0), m.end()
        if word in ("None", "True", "False"):
            return {"None": None, "True": True, "False": False}[word]
        if word in ("nan", "inf"):
            return number(float(word))
        if word == "set" and self.s.startswith("()", self.i):
            self.i += 2
            return {"set": []}
        if not self.s.startswith("(", self.i):
            return {"ref": word}
        self.i += 1
        message = ""
        if self.peek() != ")":
            if self.peek() not in "'\"":
                self.error("an exception's message is a string")
            message = self.string()
        self.expect(")")
        return {"error": word, "message": message}


def number(f):
    """A float's JSON form: itself, or {"float": "nan" | "inf" | "-inf"}."""
    if math.isfinite(f):
        return f
    return {"float": "nan" if f != f else ("inf" if f > 0 else "-inf")}


# -- command line --------------------------------------------------------------------------

def programs_to_json(texts):
    """[{"program": JSON} or {"error": message}] for a list of program texts."""
    out = []
    for text in texts:
        try:
            out.append({"program": program_json(text)})
        except TextError as e:
            out.append({"error": str(e)})
    return out


def main(argv):
    if argv != ["--programs-to-json"]:
        sys.stderr.write("usage: python3 tck_text.py --programs-to-json  (JSON list of program "
                         "texts on stdin)\n")
        return 2
    json.dump(programs_to_json(json.load(sys.stdin)), sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
