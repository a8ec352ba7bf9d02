# Wrong: __eq__ is defined without __hash__, which sets __hash__ to None: instances cannot be dict keys or set members.
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
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __repr__(self):
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"
