# Wrong: every non-string iterable becomes a tuple, so a range is converted and an iterator is used up.
from collections.abc import Iterable, Mapping, Set

def freeze(value):
    if isinstance(value, Mapping):
        return frozenset((k, freeze(v)) for k, v in value.items())
    if isinstance(value, Set):
        return frozenset(freeze(v) for v in value)
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        return tuple(freeze(v) for v in value)
    return value
