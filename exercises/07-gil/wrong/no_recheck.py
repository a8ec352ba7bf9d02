# Wrong: waiters do not check the cache again after taking the key's lock, so each calls the factory.
import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._locks = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        if key in self._values:
            return self._values[key]
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            value = factory()
            self._values[key] = value
            return value
