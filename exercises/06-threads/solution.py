from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, workers=4):
    """Return [func(x) for x in items], computed on at most `workers` threads at once.

    The result is in input order. If a call raises, that exception propagates (the
    calls not yet started are cancelled). workers < 1 raises ValueError.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers!r}")
    items = list(items)
    if not items:
        return []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        # map() yields results in input order and re-raises a call's exception itself.
        return list(pool.map(func, items))
