# Wrong: sets are not handled, so a set is returned unchanged: still mutable and not hashable.
def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    return value
