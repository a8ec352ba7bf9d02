# Wrong: dicts are frozen to a sorted tuple of items, not a frozenset; keys of mixed types cannot even be sorted.
def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((key, freeze(item)) for key, item in value.items()))
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
