# Never finishes importing: sleeps far past the time limit (wall clock, no CPU). Names its
# process agt-hang-import first, so that a test can tell it is being graded.
import ctypes
import time

ctypes.CDLL(None).prctl(15, b"agt-hang-import", 0, 0, 0)  # PR_SET_NAME
time.sleep(1000)


def add(a, b):
    return a + b
