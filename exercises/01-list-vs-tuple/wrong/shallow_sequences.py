# Wrong: lists and tuples are converted with tuple(value), so their elements are not frozen (only one level deep).
def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(value)
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
