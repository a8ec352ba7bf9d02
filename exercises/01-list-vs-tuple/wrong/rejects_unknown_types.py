# Wrong: values of types it does not know are rejected with TypeError instead of being returned unchanged.
SCALARS = (int, float, str, bytes, bool, type(None))


def freeze(value):
    if isinstance(value, (list, tuple)):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    if isinstance(value, SCALARS):
        return value
    raise TypeError(f"cannot freeze {type(value).__name__}")
