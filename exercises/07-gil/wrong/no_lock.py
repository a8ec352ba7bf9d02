# Wrong: check-then-compute without a lock, so racing threads all call the factory.
class OnceCache:
    def __init__(self):
        self._values = {}

    def get(self, key, factory):
        if key not in self._values:
            self._values[key] = factory()
        return self._values[key]
