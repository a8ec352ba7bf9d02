# Wrong: returns the results in the order the calls finish, not in input order.
from concurrent.futures import ThreadPoolExecutor, as_completed


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(func, x) for x in items]
        return [f.result() for f in as_completed(futures)]
