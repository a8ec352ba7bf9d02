# Wrong, and leaves a sleeping grandchild behind in a session of its own (out of the
# sandbox's process group), holding the output pipes. Prints the grandchild's pid (as the
# sandbox sees it) and names it agt-grandchild.
import ctypes
import os
import time


def add(a, b):
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:
        os.setsid()
        grandchild = os.fork()
        if grandchild == 0:
            ctypes.CDLL(None).prctl(15, b"agt-grandchild", 0, 0, 0)  # PR_SET_NAME, for the test
            time.sleep(60)
            os._exit(0)
        os.write(write_end, str(grandchild).encode())
        os._exit(0)
    os.close(write_end)
    grandchild = int(os.read(read_end, 32))
    os.waitpid(child, 0)
    print("grandchild", grandchild)
    return a - b
