"""Follows the protocol: every run gets its trace."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fake_driver

fake_driver.serve()
