# Wrong: treats any falsy cached value (0, [], None) as missing, so its factory runs again.
import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._locks = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        if cached := self._values.get(key):
            return cached
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            if cached := self._values.get(key):
                return cached
            value = self._values[key] = factory()
            return value
