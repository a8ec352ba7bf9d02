class NotPositive(ValueError):
    pass


def check(x):
    if x is None:
        raise KeyError("none")
    if type(x) is str:
        raise TypeError("a str")
    if x < 0:
        raise ValueError("negative")
    if x == 0:
        raise NotPositive("zero")
    return x
