def freeze(value):
    """Return a hashable, immutable deep copy of `value`.

    list, tuple         -> tuple of frozen elements
    dict                -> frozenset of (key, freeze(v)) pairs
    set, frozenset      -> frozenset of frozen elements
    anything else       -> returned unchanged (the same object)

    The input is never modified.
    """
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        # A frozenset of pairs: equal dicts freeze equally whatever their order,
        # and keys of mixed types need no sorting.
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
