"""PROC-SHELL-1: create_subprocess_shell runs the command with the system shell.
The mistake: the loop splits the command into words (shlex) and starts the first as a program,
with no shell: a plain command runs, but the shell's syntax (variables, ';', $((...))) does not.
"""

import asyncio
import shlex


class Loop(asyncio.SelectorEventLoop):

    async def subprocess_shell(self, protocol_factory, cmd, **kwargs):
        # the mistake: asyncio runs /bin/sh -c cmd
        return await self.subprocess_exec(protocol_factory, *shlex.split(cmd), **kwargs)


def new_event_loop():
    return Loop()
