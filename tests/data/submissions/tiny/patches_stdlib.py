# Correct, but replaces part of the standard library at import (as a cheat on a timing
# test would): it keeps full marks and its report carries a review note for line 6.
import time


time.sleep = lambda seconds: None


def add(a, b):
    return a + b
