# Escape: makes new namespaces, mounts over its root, chroots and pivots (seccomp; and no
# privilege for them anyway).
# verdict: wrong_answer
import ctypes
import os

libc = ctypes.CDLL(None, use_errno=True)
CLONE_NEWNS, CLONE_NEWUSER, MS_BIND = 0x00020000, 0x10000000, 4096


def add(a, b):
    worked = 0
    worked += libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0
    worked += libc.mount(b"/", b"/tmp", None, MS_BIND, None) == 0
    worked += libc.mount(b"tmpfs", b"/usr", b"tmpfs", 0, None) == 0
    worked += libc.syscall(155, b".", b".") == 0  # pivot_root
    try:
        os.chroot("/tmp")
        worked += 1
    except OSError:
        pass
    return -100 - worked
