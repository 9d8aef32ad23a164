"""Factories of third-party loops that have no new_event_loop() of their own, for --loop
third_party_loops:<name> (this folder is on the driver's path): what CI runs the kit against.

    gbulb_loop    gbulb's GLibEventLoop (Debian: python3-gbulb), an asyncio loop on GLib's main loop
    quamash_loop  quamash's QEventLoop (Debian: python3-quamash), an asyncio loop on Qt's; it needs
                  a QApplication, made once per process (run it with QT_QPA_PLATFORM=offscreen),
                  and Qt's timers and socket notifiers work on that application's thread only:
                  the factory says so (tck_main_thread), and the driver runs every program on its
                  main thread, one at a time
"""

import importlib

_QT_APPLICATION = []


def gbulb_loop():
    """A new gbulb GLibEventLoop."""
    return importlib.import_module("gbulb").GLibEventLoop()


def quamash_loop():
    """A new quamash QEventLoop, on the process's one QApplication."""
    quamash = importlib.import_module("quamash")
    if not _QT_APPLICATION:
        app = quamash.QApplication.instance() or quamash.QApplication([])
        _QT_APPLICATION.append(app)
    return quamash.QEventLoop(_QT_APPLICATION[0])


quamash_loop.tck_main_thread = True
