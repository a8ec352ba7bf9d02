# Wrong: a full chunk is yielded only when the next item arrives, so every chunk takes one item too many from the input.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    chunk = []
    for item in iterable:
        if len(chunk) == size:
            yield chunk
            chunk = []
        chunk.append(item)
    if chunk:
        yield chunk
