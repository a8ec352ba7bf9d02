# Forgery: keeps state between tests in a file (tests run in fresh forks) and answers
# differently each time, hoping to learn from earlier runs.
# verdict: wrong_answer
import os


def add(a, b):
    count = 0
    try:
        with open("agx-state") as state:
            count = int(state.read() or 0)
    except OSError:
        pass
    try:
        with open("agx-state", "w") as state:
            state.write(str(count + 1))
    except OSError:
        pass
    return a - b + count * 1000 - 1
