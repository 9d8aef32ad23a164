"""Writes a banner instead of a hello."""
import sys

sys.stderr.write("broken-driver: greeting with a banner\n")
sys.stdout.write("Welcome to the fake driver!\n")
sys.stdout.flush()
sys.stdin.readline()
