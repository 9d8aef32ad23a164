"""DEBUG-SLOW-1: in debug mode, a slow callback is logged as a warning on asyncio's logger.
Broken: the loop's warnings (base_events' logger, replaced when this module is imported) are
logged at INFO, below what asyncio's logger shows by default: the slow callback goes unseen.
"""

import asyncio
from asyncio import base_events, log


class InfoOnly:
    """asyncio's logger, but for warning(), which logs at INFO."""

    def __getattr__(self, name):
        return getattr(log.logger, name)

    def warning(self, msg, *args, **kwargs):
        log.logger.info(msg, *args, **kwargs)  # bug: not a warning


base_events.logger = InfoOnly()


def new_event_loop():
    return asyncio.SelectorEventLoop()
