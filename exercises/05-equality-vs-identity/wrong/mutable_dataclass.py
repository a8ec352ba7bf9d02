# Wrong: unsafe_hash=True makes the dataclass hashable but it stays mutable (frozen=True is missing).
from dataclasses import dataclass


@dataclass(unsafe_hash=True)
class Money:
    amount: object
    currency: str
