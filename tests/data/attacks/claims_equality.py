# Forgery: returns int and list subclasses whose __eq__ says yes to anything and whose
# repr looks like the right answer.
# verdict: wrong_answer
class Liar(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__

    def __repr__(self):
        return "3"


class LiarList(list):
    def __eq__(self, other):
        return True


def add(a, b):
    if a == 0:
        return LiarList()
    return Liar(a - b)
