class OnceCache:
    """A cache that many threads may use at once; each key's value is computed once."""

    def __init__(self):
        pass

    def get(self, key, factory):
        """Return the value cached for `key`, calling `factory()` to make it if needed.

        - Concurrent calls for the same key call `factory` once and all get that object.
        - Calls for different keys do not wait for each other.
        - If `factory` raises, the exception propagates and nothing is cached.
        """
        raise NotImplementedError
