# Wrong: equality by duck typing: anything with matching amount and currency attributes is equal.
class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount, currency):
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "currency", currency)

    def __setattr__(self, name, value):
        raise AttributeError(f"Money is immutable ({name})")

    def __eq__(self, other):
        try:
            return self.amount == other.amount and self.currency == other.currency
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash((self.amount, self.currency))

    def __repr__(self):
        return f"Money(amount={self.amount!r}, currency={self.currency!r})"
