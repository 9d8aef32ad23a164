"""Prints a line that is not JSON for a program whose name contains "garbage", and a result for
another id for one whose name contains "wrong-id"."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver


def on_run(count, run):
    name = fake_driver.name_of(run)
    if "garbage" in name:
        fake_driver.log("printing garbage for %s" % name)
        sys.stdout.write("this is not json, says %s\n" % name)
        sys.stdout.flush()
        return fake_driver.traced(run)
    if "wrong-id" in name:
        fake_driver.log("answering another id for %s" % name)
        answer = fake_driver.traced(run)
        answer["id"] = "not-" + run["id"]
        return answer


fake_driver.serve(on_run)
