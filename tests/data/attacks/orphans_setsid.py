# Resource: daemonises (double fork, setsid) several sleeping orphans, some of them
# ignoring SIGTERM (the PID namespace or the subreaper kills them).
# verdict: wrong_answer
import ctypes
import os
import signal
import time


def add(a, b):
    for _ in range(3):
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                ctypes.CDLL(None).prctl(15, b"agx-orphan", 0, 0, 0)
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                time.sleep(1000)
            os._exit(0)
        os.wait()
    return a - b
