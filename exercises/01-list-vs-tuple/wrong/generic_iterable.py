# Wrong: every non-str iterable is treated as a sequence, so bytes are split into a tuple of ints.
from collections.abc import Iterable, Mapping


def freeze(value):
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return frozenset((key, freeze(item)) for key, item in value.items())
    if isinstance(value, (set, frozenset)):
        return frozenset(freeze(item) for item in value)
    if isinstance(value, Iterable):
        return tuple(freeze(item) for item in value)
    return value
