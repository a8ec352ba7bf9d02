class Money:
    """An immutable amount of money in one currency, compared by value.

    Money(10, 'USD') == Money(10, 'USD'), equal instances hash equally, a Money is
    never equal to a non-Money, repr is Money(amount=10, currency='USD'), and
    assigning any attribute raises AttributeError.
    """

    def __init__(self, amount, currency):
        raise NotImplementedError
