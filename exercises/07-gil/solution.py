import threading


class OnceCache:
    """A cache that many threads may use at once; each key's value is computed once.

    One short-held lock guards the dictionaries; each key also has its own lock, held
    while its factory runs, so callers for the same key wait and callers for other keys
    do not.
    """

    def __init__(self):
        self._values = {}
        self._key_locks = {}
        self._guard = threading.Lock()

    def get(self, key, factory):
        with self._guard:
            if key in self._values:
                return self._values[key]
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            # Another thread may have made the value while we waited for key_lock.
            with self._guard:
                if key in self._values:
                    return self._values[key]
            value = factory()  # if it raises, nothing is stored and key_lock is released
            with self._guard:
                self._values[key] = value
            return value
