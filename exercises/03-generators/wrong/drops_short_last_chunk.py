# Wrong: the items left over after the last full chunk are never yielded (the final `if chunk: yield chunk` is missing).
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
