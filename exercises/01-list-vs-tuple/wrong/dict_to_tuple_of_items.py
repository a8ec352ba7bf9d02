# Wrong: dicts are frozen to a tuple of items, so key order matters.
def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return tuple((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
