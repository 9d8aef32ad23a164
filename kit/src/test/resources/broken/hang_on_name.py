"""Hangs forever on a program whose name contains "hang"."""
import os, sys, threading
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver


def on_run(count, run):
    if "hang" in fake_driver.name_of(run):
        fake_driver.log("hanging on %s" % fake_driver.name_of(run))
        threading.Event().wait()


fake_driver.serve(on_run)
