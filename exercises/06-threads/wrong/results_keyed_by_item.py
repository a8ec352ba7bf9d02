# Wrong: results are looked up by item value, so repeated items share one result and unhashable items fail.
from concurrent.futures import ThreadPoolExecutor, as_completed

def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be >= 1")
    items = list(items)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(func, x): x for x in items}
        done = {}
        for fut in as_completed(futures):
            done[futures[fut]] = fut.result()
    return [done[x] for x in items]
