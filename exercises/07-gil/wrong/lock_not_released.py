# Wrong: acquires the key's lock without try/finally, so after a failing factory the key deadlocks.
import threading


class OnceCache:
    def __init__(self):
        self._values = {}
        self._locks = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        with self._guard:
            if key in self._values:
                return self._values[key]
            lock = self._locks.setdefault(key, threading.Lock())
        lock.acquire()
        if key not in self._values:
            self._values[key] = factory()
        lock.release()
        return self._values[key]
