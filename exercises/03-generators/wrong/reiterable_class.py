# Wrong: it returns a re-iterable object whose __iter__ starts a new generator, so the result is not itself an iterator.
from itertools import islice


class chunked:
    def __init__(self, iterable, size):
        if size < 1:
            raise ValueError("size must be at least 1")
        self.iterable = iterable
        self.size = size

    def __iter__(self):
        iterator = iter(self.iterable)
        while True:
            chunk = list(islice(iterator, self.size))
            if not chunk:
                return
            yield chunk
