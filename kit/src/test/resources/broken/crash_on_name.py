"""Exits with status 3 on a program whose name contains "crash"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver


def on_run(count, run):
    if "crash" in fake_driver.name_of(run):
        fake_driver.log("crashing on %s" % fake_driver.name_of(run))
        os._exit(3)  # from any thread (runs of a parallel batch run on threads)


fake_driver.serve(on_run)
