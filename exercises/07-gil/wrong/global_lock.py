# Wrong: one lock held while any factory runs, so gets for different keys wait for each other.
import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._lock = threading.Lock()

    def get(self, key, factory):
        with self._lock:
            if key not in self._values:
                self._values[key] = factory()
            return self._values[key]
