# Tries to overwrite and then delete its own file; a correct add otherwise.
import os

try:
    with open(__file__, "w") as own:
        own.write("# overwritten\n")
except OSError:
    pass


def add(a, b):
    try:
        os.remove(__file__)
    except OSError:
        pass
    return a + b
