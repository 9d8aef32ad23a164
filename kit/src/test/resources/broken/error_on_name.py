"""Answers an error line with the run's id for a program whose name contains "error", and reads on."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver


def on_run(count, run):
    if "error" in fake_driver.name_of(run):
        fake_driver.log("failing on %s" % fake_driver.name_of(run))
        return {"type": "error", "id": run["id"],
                "message": "the fake driver failed on %s" % fake_driver.name_of(run)}


fake_driver.serve(on_run)
