"""PROC-SIGNAL-1: terminate(), kill() and send_signal(N) end a process, whose returncode is then -N.
The mistake: the loop reports a process that signal N ended as a shell does, 128 + N (what the
JVM's Process.exitValue() gives), not -N.
"""

import os

from ._subprocess import Loop as _Loop


class Loop(_Loop):

    def _returncode(self, status):
        if os.WIFSIGNALED(status):
            return 128 + os.WTERMSIG(status)  # the mistake: Python's returncode is -N
        return os.WEXITSTATUS(status)


def new_event_loop():
    return Loop()
