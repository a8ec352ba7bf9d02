from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Money:
    """An immutable amount of money in one currency, compared by value.

    The dataclass writes what a value object needs: __eq__ compares (amount,
    currency) with another Money and returns NotImplemented for anything else (so
    Money(10, 'USD') == (10, 'USD') is False); frozen=True makes every assignment
    raise FrozenInstanceError (an AttributeError) and, together with eq, generates
    __hash__ from the same fields, so equal instances hash equally; __repr__ is
    Money(amount=10, currency='USD').
    """

    amount: int | float | Decimal
    currency: str
