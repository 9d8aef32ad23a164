"""CPython's own code with one line changed, for the seeded bugs that break a function of asyncio:
the running Python's source of the named functions or classes, each (old, new) text edit applied,
compiled in their module's namespace. An edit whose original text is not in the source raises, so
a bug never silently becomes CPython's own code again.
"""

import inspect
import sys
import textwrap


def edited(module, names, edits):
    """The namespace in which the source of module.<name> for each of names (a method as
    'Class.method'), edited, was run: the new objects are there under their own names."""
    if not edits:
        raise RuntimeError("this seeded bug has no edit for Python %d.%d" % sys.version_info[:2])
    parts = []
    for name in names:
        obj = module
        for attr in name.split("."):
            obj = getattr(obj, attr)
        parts.append(textwrap.dedent(inspect.getsource(obj)))
    source = "\n\n".join(parts)
    for old, new in edits:
        if old not in source:
            raise RuntimeError("seeded bug: %r is not in %s.%s of Python %d.%d"
                               % (old, module.__name__, "/".join(names), *sys.version_info[:2]))
        source = source.replace(old, new, 1)
    namespace = dict(vars(module))
    exec(compile(source, module.__file__, "exec"), namespace)
    return namespace
