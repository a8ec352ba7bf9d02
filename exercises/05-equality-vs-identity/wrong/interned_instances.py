# Wrong: __new__ hands out a cached instance per value, so two separately built equal instances are the same object (`is`).
from dataclasses import dataclass

_cache = {}


@dataclass(frozen=True)
class Money:
    amount: object
    currency: str

    def __new__(cls, amount, currency):
        key = (amount, currency)
        if key not in _cache:
            _cache[key] = super().__new__(cls)
        return _cache[key]
