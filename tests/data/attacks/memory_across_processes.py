# Resource: forks children that each stay below the per-process limit but together exceed
# any sane total (the cgroup's memory limit; RLIMIT_AS alone does not hold this).
# verdict: memory_limit|time_limit|crashed|wrong_answer
import ctypes
import os
import time


def add(a, b):
    for _ in range(6):
        if os.fork() == 0:
            ctypes.CDLL(None).prctl(15, b"agx-memchild", 0, 0, 0)
            try:
                hoard = b"x" * (100 << 20)
            except MemoryError:
                pass
            time.sleep(1000)
            os._exit(0)
    hoard = []
    while True:
        try:
            hoard.append(b"y" * (4 << 20))
        except MemoryError:
            time.sleep(0.01)
