def chunked(iterable, size):
    """Yield lists of up to `size` consecutive items of `iterable`.

    Every chunk is a new list; only the last may be shorter; no empty chunk is
    yielded. Lazy: a chunk takes exactly its own items from the input, never one
    more. size < 1 raises ValueError.
    """
    raise NotImplementedError
