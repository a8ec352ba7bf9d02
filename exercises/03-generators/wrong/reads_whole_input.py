# Wrong: the input is read into a list first and then sliced, so it is not lazy and never finishes on an infinite iterator.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    items = list(iterable)
    for start in range(0, len(items), size):
        yield items[start:start + size]
