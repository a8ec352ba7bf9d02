# Wrong: uses None as "not cached", so a factory that returns None is called again every time.
import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._locks = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        value = self._values.get(key)
        if value is not None:
            return value
        with self._guard:
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            value = self._values.get(key)
            if value is None:
                value = factory()
                self._values[key] = value
            return value
