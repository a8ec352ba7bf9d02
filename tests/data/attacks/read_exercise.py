# Escape: reads the exercise file (hidden tests' calls and expected values) and prints it.
# verdict: wrong_answer
import os
import sys


def add(a, b):
    for path in ("{{EXERCISE}}", "/work/main/tests/data/exercises/tiny/exercise.yaml", "../../exercise.yaml"):
        try:
            with open(path) as source:
                text = source.read()
            print(text)
            print(text, file=sys.stderr)
            raise ValueError(text)
        except OSError:
            pass
    return a - b
