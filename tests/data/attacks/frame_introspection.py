# Forgery: walks the call stack and the garbage collector for the tests' data (expected
# values, hidden calls), prints all of it and raises it in messages.
# verdict: wrong_answer|error|output_limit
import gc
import sys


def add(a, b):
    seen = []
    frame = sys._getframe()
    while frame is not None:
        seen.append(repr(frame.f_locals)[:2000])
        frame = frame.f_back
    seen.extend(repr(obj)[:200] for obj in gc.get_objects() if isinstance(obj, dict) and "test" in obj)
    text = "\n".join(seen)
    print(text)
    print(text, file=sys.stderr)
    if a > 1000 or a == 7777777:
        raise ValueError(text[:4000])
    return a - b
