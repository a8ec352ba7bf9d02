# Wrong: a dict becomes frozenset(d.items()) without freezing the values, so a dict holding a list cannot be frozen.
def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return frozenset(value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
