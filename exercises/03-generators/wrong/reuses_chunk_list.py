# Wrong: one list is cleared and refilled for every chunk, so chunks already handed out change afterwards.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk.clear()
    if chunk:
        yield chunk
