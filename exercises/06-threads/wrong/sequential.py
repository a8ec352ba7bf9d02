# Wrong: runs the calls one after another on the caller's thread, not concurrently.
def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    return [func(x) for x in items]
