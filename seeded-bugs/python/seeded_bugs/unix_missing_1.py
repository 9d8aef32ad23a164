"""UNIX-MISSING-1: connecting to a path where nothing is raises FileNotFoundError.
Broken: create_unix_connection reports every failure to connect as ConnectionRefusedError, as
a loop that maps all connect errors to "refused" would.
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):
    async def create_unix_connection(self, *args, **kwargs):
        try:
            return await super().create_unix_connection(*args, **kwargs)
        except FileNotFoundError:
            raise ConnectionRefusedError(111, "Connection refused")  # bug: not the error it got


def new_event_loop():
    return Loop()
