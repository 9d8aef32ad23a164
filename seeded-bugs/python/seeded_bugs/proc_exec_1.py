"""PROC-EXEC-1: create_subprocess_exec starts the program with its arguments; wait() gives its exit
status.
The mistake: the loop joins the program and its arguments and splits them again on spaces, so that
an argument with a space becomes two ("exit 3" gives sh the script "exit" and $0 "3").
"""

import asyncio


class Loop(asyncio.SelectorEventLoop):

    async def subprocess_exec(self, protocol_factory, program, *args, **kwargs):
        words = " ".join((program,) + args).split()  # the mistake: each argument is one argument
        return await super().subprocess_exec(protocol_factory, *words, **kwargs)


def new_event_loop():
    return Loop()
