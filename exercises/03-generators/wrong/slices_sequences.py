# Wrong: a "fast path" slices lists, tuples and strings, so chunks of a tuple are tuples and chunks of a string are strings, not lists.
from itertools import islice


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    if isinstance(iterable, (list, tuple, str)):
        for start in range(0, len(iterable), size):
            yield iterable[start:start + size]
        return
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk
