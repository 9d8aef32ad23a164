"""ERROR-HANDLER-2 and ERROR-HANDLER-3: get_exception_handler() gives the very handler set;
set_exception_handler() refuses what cannot be called."""
from _loop import new_loop, show


def handler(loop, context):
    pass


loop = new_loop()
loop.set_exception_handler(handler)
got = loop.get_exception_handler()
show("get_exception_handler() is the handler set", got is handler)
show("what it gives", getattr(got, "__qualname__", type(got).__name__))
for value in ("x", 1):
    try:
        loop.set_exception_handler(value)
        show("set_exception_handler(%r)" % (value,), "accepted")
    except TypeError as e:
        show("set_exception_handler(%r)" % (value,), "TypeError(%r)" % str(e))
loop.set_exception_handler(None)
loop.close()
