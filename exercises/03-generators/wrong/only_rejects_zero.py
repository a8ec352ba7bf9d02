# Wrong: only size == 0 is rejected; a negative size never fills a chunk, so everything comes out as one chunk.
def chunked(iterable, size):
    if size == 0:
        raise ValueError("size must not be zero")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
