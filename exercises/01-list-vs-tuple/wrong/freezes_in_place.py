# Wrong: nested lists and dicts are converted in place, so the caller's input is modified.
def freeze(value):
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i] = freeze(item)
        return tuple(value)
    if isinstance(value, tuple):
        return tuple(freeze(item) for item in value)
    if isinstance(value, dict):
        for key in value:
            value[key] = freeze(value[key])
        return frozenset(value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    return value
