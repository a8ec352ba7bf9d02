# Wrong: a NamedTuple is a tuple, so Money(10, 'USD') == (10, 'USD') is True.
from typing import NamedTuple


class Money(NamedTuple):
    amount: object
    currency: str
