# Wrong: the cache is a class attribute, so every OnceCache instance shares the same values.
import threading


class OnceCache:
    _values = {}
    _locks = {}
    _guard = threading.Lock()

    def get(self, key, factory):
        with self._guard:
            if key in self._values:
                return self._values[key]
            lock = self._locks.setdefault(key, threading.Lock())
        with lock:
            with self._guard:
                if key in self._values:
                    return self._values[key]
            value = factory()
            with self._guard:
                self._values[key] = value
            return value
