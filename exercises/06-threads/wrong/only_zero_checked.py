# Wrong: rejects workers == 0 only; a negative count starts no thread and returns Nones.
import threading


def parallel_map(func, items, workers=4):
    if workers == 0:
        raise ValueError("workers must not be zero")
    items = list(items)
    results = [None] * len(items)
    lock = threading.Lock()
    errors = []
    next_index = iter(range(len(items)))

    def worker():
        while True:
            with lock:
                i = next(next_index, None)
            if i is None:
                return
            try:
                results[i] = func(items[i])
            except Exception as exc:
                errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results
