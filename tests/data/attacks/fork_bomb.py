# Resource: a fork bomb (pids cgroup or RLIMIT_NPROC, then the kill of the whole sandbox).
# verdict: time_limit|crashed|error
import ctypes
import os

ctypes.CDLL(None).prctl(15, b"agx-forkbomb", 0, 0, 0)


def add(a, b):
    while True:
        try:
            os.fork()
        except OSError:
            pass
