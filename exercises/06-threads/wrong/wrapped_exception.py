# Wrong: wraps a failing call's exception in a RuntimeError instead of raising it as is.
from concurrent.futures import ThreadPoolExecutor


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(func, x) for x in items]
        results = []
        for f in futures:
            try:
                results.append(f.result())
            except Exception as exc:
                raise RuntimeError(f"parallel_map: a call failed: {exc}") from exc
        return results
