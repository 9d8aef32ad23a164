"""Never writes its hello."""
import sys, threading

sys.stderr.write("broken-driver: staying silent\n")
sys.stderr.flush()
threading.Event().wait()
