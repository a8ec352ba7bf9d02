# Wrong: a tuple is returned as it is ("tuples are already immutable"), so lists inside it are not frozen.
def freeze(value):
    if isinstance(value, tuple):
        return value
    if isinstance(value, list):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
