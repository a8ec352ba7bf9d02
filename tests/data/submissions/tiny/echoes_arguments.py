# Wrong, and tries to leak each test's arguments through output and exception messages.
import sys


def add(a, b):
    print("called with", a, b)
    print("called with", a, b, file=sys.stderr)
    if a > 1000:
        raise ValueError("secret arguments: %r %r" % (a, b))
    return a * b
