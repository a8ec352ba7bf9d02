# Escape: makes a SysV shared memory segment (and writes a test's arguments into it), a
# message queue and a semaphore set under keys the test chose. At tier B the IPC namespace
# is the host's: they would outlive the run, carry hidden tests' arguments to the next run
# and pin host memory. Seccomp denies every SysV IPC call at both tiers (at tier A the IPC
# namespace would contain them anyway); the test checks that nothing is left under its keys.
# Any call that worked raises, an error verdict.
# verdict: wrong_answer
import ctypes

libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
KEY = {{IPC_KEY}}
IPC_CREAT, FAILED = 0o1000, ctypes.c_void_p(-1).value


def add(a, b):
    worked = []
    shmid = libc.shmget(KEY, 1 << 16, IPC_CREAT | 0o666)
    if shmid >= 0:
        worked.append("shmget")
        address = libc.shmat(shmid, None, 0)
        if address not in (None, FAILED):
            worked.append("shmat")
            note = ("add(%r, %r)" % (a, b)).encode()
            ctypes.memmove(address, note, len(note))
    if libc.msgget(KEY + 1, IPC_CREAT | 0o666) >= 0:
        worked.append("msgget")
    if libc.semget(KEY + 2, 1, IPC_CREAT | 0o666) >= 0:
        worked.append("semget")
    if worked:
        raise RuntimeError("SysV IPC worked: " + ", ".join(worked))
    return -100
