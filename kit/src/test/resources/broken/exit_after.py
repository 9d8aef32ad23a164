"""Exits with status 0, without being asked, after answering N programs (N is its argument)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver

LIMIT = int(sys.argv[1])


def after_answer(count):
    if count == LIMIT:
        fake_driver.log("leaving after %d programs" % count)
        sys.exit(0)


fake_driver.serve(after_answer=after_answer)
