def freeze(value):
    """Return a hashable, immutable deep copy of `value`.

    list, tuple         -> tuple of frozen elements
    dict                -> frozenset of (key, freeze(v)) pairs
    set, frozenset      -> frozenset of frozen elements
    anything else       -> returned unchanged (the same object)

    The input is never modified.
    """
    raise NotImplementedError
