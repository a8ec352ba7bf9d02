# Wrong: __eq__ reads other.amount without checking the type, so comparing with an int, a tuple or None raises AttributeError.
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable; cannot set {name!r}")

    def __eq__(self, other):
        return self.amount == other.amount and self.currency == other.currency

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"
