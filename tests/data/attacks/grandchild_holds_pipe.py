# Resource: leaves a grandchild in its own session holding stdout, stderr and the record
# pipe open, so that the parent would wait for EOF forever (the kill of the whole sandbox).
# verdict: wrong_answer
import ctypes
import os
import time


def add(a, b):
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            ctypes.CDLL(None).prctl(15, b"agx-grandchild", 0, 0, 0)
            time.sleep(1000)
        os._exit(0)
    os.wait()
    return a - b
