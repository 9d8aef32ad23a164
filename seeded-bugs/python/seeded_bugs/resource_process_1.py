"""RESOURCE-PROCESS-1: once a program has waited for its processes, none is left, running or
unreaped.
The mistake: the loop's child watcher only looks at each child's exit (waitid with WNOWAIT) and
never reaps it, so that every process the program waited for stays behind as a zombie.
"""

import os

from ._subprocess import Loop as _Loop


class Loop(_Loop):

    def _wait_status(self, pid):
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)  # the mistake: no reaping
        if info.si_code == os.CLD_EXITED:
            return info.si_status << 8
        return info.si_status  # killed: the signal's number, as in a wait status


def new_event_loop():
    return Loop()
