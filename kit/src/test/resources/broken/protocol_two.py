"""Speaks protocol 2 in its hello, and reports on stderr what the kit answered."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver

fake_driver.send(fake_driver.hello(protocol=2))
fake_driver.log("the kit answered %s" % sys.stdin.readline().strip())
fake_driver.log("then the kit's input %s" % ("ended" if sys.stdin.readline() == "" else "went on"))
sys.exit(3)
