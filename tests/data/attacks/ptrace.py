# Escape: ptrace-attaches to its parent and to PID 1, and asks to be traced (seccomp).
# verdict: wrong_answer
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
PTRACE_TRACEME, PTRACE_ATTACH = 0, 16


def add(a, b):
    worked = 0
    for pid in (os.getppid(), 1):
        worked += libc.ptrace(PTRACE_ATTACH, pid, 0, 0) == 0
    worked += libc.ptrace(PTRACE_TRACEME, 0, 0, 0) == 0
    return -100 - worked
