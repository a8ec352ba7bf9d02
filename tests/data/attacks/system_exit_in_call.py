# Forgery: raises SystemExit(0) in the call, and KeyboardInterrupt for negatives.
# verdict: error|crashed
def add(a, b):
    if a < 0:
        raise KeyboardInterrupt
    raise SystemExit(0)
