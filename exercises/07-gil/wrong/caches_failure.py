# Wrong: keeps a failed Future in the cache, so later gets re-raise the old error instead of retrying.
import threading
from concurrent.futures import Future


class OnceCache:
    def __init__(self):
        self._futures = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        with self._guard:
            future = self._futures.get(key)
            owner = future is None
            if owner:
                future = self._futures[key] = Future()
        if owner:
            try:
                future.set_result(factory())
            except Exception as exc:
                future.set_exception(exc)
        return future.result()
