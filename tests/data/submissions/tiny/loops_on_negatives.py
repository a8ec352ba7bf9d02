# Correct, except that it never returns when a is negative.
def add(a, b):
    while a < 0:
        pass
    return a + b
