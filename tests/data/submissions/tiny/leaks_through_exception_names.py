# Spells each hidden test's arguments into what a report might quote of an exception:
# the class's name and module, its bases' names, its message, and the output.
import sys


def add(a, b):
    if abs(a) < 1000:
        return a + b
    print("args", a, b)
    print("args", a, b, file=sys.stderr)
    base = type("B%dB%d" % (a, b), (Exception,), {})
    cls = type("E", (base,), {})
    cls.__qualname__ = "A%dB%d" % (a, b)
    cls.__module__ = "m%d_%d" % (a, b)
    raise cls("%d %d %d" % (a, b, a % 251))
