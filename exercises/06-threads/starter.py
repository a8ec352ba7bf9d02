def parallel_map(func, items, workers=4):
    """Return [func(x) for x in items], computed on at most `workers` threads at once.

    - The result is a list in the order of `items` (any iterable).
    - The calls really run concurrently, never more than `workers` at a time.
    - If a call raises, raise that same exception object.
    - workers < 1 raises ValueError (even for an empty `items`); empty `items` gives [].
    """
    raise NotImplementedError
