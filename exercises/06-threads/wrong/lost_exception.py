# Wrong: an exception in a worker thread is lost (the slot stays None) instead of raised.
import queue
import threading


def parallel_map(func, items, workers=4):
    if workers < 1:
        raise ValueError("workers must be at least 1")
    items = list(items)
    results = [None] * len(items)
    todo = queue.Queue()
    for job in enumerate(items):
        todo.put(job)

    def worker():
        while True:
            try:
                i, x = todo.get_nowait()
            except queue.Empty:
                return
            results[i] = func(x)

    threads = [threading.Thread(target=worker) for _ in range(min(workers, len(items)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
