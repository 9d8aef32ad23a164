"""Exits with status 3 on the second program of its session."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver


def on_run(count, run):
    if count == 2:
        fake_driver.log("crashing on %s" % fake_driver.name_of(run))
        sys.exit(3)


fake_driver.serve(on_run)
