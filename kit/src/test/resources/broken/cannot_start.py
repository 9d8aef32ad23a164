"""Cannot make its loop: explains on stderr and exits with status 2, writing nothing on stdout."""
import sys

sys.stderr.write("broken-driver: the loop cannot be imported; install it first\n")
sys.exit(2)
