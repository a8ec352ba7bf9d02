# Wrong: a hand-written __ne__ compares only the amounts, so it is not the opposite of == when the currencies differ.
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
        return self.amount == other.amount and self.currency == other.currency

    def __ne__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.amount != other.amount

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"
