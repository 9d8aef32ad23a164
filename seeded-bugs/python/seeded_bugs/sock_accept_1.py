"""SOCK-ACCEPT-1: sock_accept returns a coroutine.
Broken: the loop's sock_accept returns a Task, as gbulb 0.6.3 does, which asyncio.create_task()
refuses.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):
    def sock_accept(self, sock):
        return asyncio.ensure_future(super().sock_accept(sock), loop=self)  # bug: not a coroutine


def new_event_loop():
    return Loop()
