"""Takes S seconds (its argument) for every program."""
import os, sys, time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver

DELAY = float(sys.argv[1])


def on_run(count, run):
    time.sleep(DELAY)


fake_driver.serve(on_run)
