# Wrong: returns [] for an empty input before checking workers, so workers=0 passes silently.
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, workers=4):
    items = list(items)
    if not items:
        return []
    if workers < 1:
        raise ValueError("workers must be at least 1")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))
