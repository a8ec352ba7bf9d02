# Wrong: when the factory fails, the owner forgets to wake the threads waiting for it.
import threading

class OnceCache:
    def __init__(self):
        self._lock = threading.Lock()
        self._values = {}
        self._pending = {}

    def get(self, key, factory):
        with self._lock:
            if key in self._values:
                return self._values[key]
            event = self._pending.get(key)
            owner = event is None
            if owner:
                event = self._pending[key] = threading.Event()
        if not owner:
            event.wait()
            return self.get(key, factory)
        try:
            value = factory()
        except BaseException:
            with self._lock:
                del self._pending[key]     # forgets event.set(): waiters sleep forever
            raise
        with self._lock:
            self._values[key] = value
            del self._pending[key]
        event.set()
        return value
