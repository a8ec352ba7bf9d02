# Wrong: __eq__ compares the fields with `is`, which only works while CPython happens to share the objects (small ints, interned strings).
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable; cannot set {name!r}")

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount is other.amount and self.currency is other.currency

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"
