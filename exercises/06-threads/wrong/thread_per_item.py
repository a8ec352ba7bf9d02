# Wrong: starts one thread per item, so more than `workers` calls run at once.
import threading


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    results = [None] * len(items)
    errors = []

    def run(i, x):
        try:
            results[i] = func(x)
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i, x)) for i, x in enumerate(items)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results
