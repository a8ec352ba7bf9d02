# Wrong: sizes the pool as min(workers, len(items)), so an empty input raises instead of giving [].
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    with ThreadPoolExecutor(max_workers=min(workers, len(items))) as pool:
        return list(pool.map(func, items))
