# Resource: unbounded recursion with the recursion limit lifted (the C stack overflows).
# verdict: crashed|error|time_limit|memory_limit
import sys

sys.setrecursionlimit(10 ** 9)


def down(n):
    return down(n + 1) + 1


def add(a, b):
    return down(0)
