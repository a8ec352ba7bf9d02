# Wrong: indexes `items` and takes its len(), so a generator is rejected (only sequences work).
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    results = [None] * len(items)

    def run(i):
        results[i] = func(items[i])

    with ThreadPoolExecutor(max_workers=workers) as pool:
        for f in [pool.submit(run, i) for i in range(len(items))]:
            f.result()
    return results
