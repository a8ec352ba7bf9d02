# Resource: starts threads without end, each sleeping (pids cgroup, RLIMIT_AS).
# verdict: time_limit|crashed|error|memory_limit
import ctypes
import threading
import time

ctypes.CDLL(None).prctl(15, b"agx-threadbomb", 0, 0, 0)


def add(a, b):
    while True:
        try:
            threading.Thread(target=time.sleep, args=(1000,), daemon=True).start()
        except (RuntimeError, MemoryError):
            time.sleep(0.001)
