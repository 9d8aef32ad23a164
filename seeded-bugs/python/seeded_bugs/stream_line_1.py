"""STREAM-LINE-1: readline() gives each line with its newline.
Broken: StreamReader.readline (patched when this module is imported) strips the newline off the
line it gives.
"""

import asyncio

_readline = asyncio.StreamReader.readline


async def readline(self):
    line = await _readline(self)
    return line[:-1] if line.endswith(b"\n") else line  # bug: the newline is dropped


asyncio.StreamReader.readline = readline


def new_event_loop():
    return asyncio.SelectorEventLoop()
