# Wrong: it stops only after a short chunk, so an exact multiple (or an empty input) ends with an empty chunk.
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    iterator = iter(iterable)
    while True:
        chunk = list(islice(iterator, size))
        yield chunk
        if len(chunk) < size:
            return
