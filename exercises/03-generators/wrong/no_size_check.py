# Wrong: size is never checked; size 0 quietly yields nothing (only a negative size fails, inside islice).
from itertools import islice


def chunked(iterable, size):
    iterator = iter(iterable)
    while True:
        chunk = list(islice(iterator, size))
        if not chunk:
            return
        yield chunk
