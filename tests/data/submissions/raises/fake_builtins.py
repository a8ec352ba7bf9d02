# One exception that `except ValueError` (or TypeError, KeyError) would not catch, though
# every class in its MRO is named after a builtin exception; one also claims the module
# 'builtins', and the builtins module itself is rewritten to hold it.
import builtins

names = [name for name, value in vars(builtins).items()
         if isinstance(value, type) and issubclass(value, BaseException) and name not in ("BaseException", "Exception")]
fakes = [type(name, (Exception,), {}) for name in names]
for fake in fakes:
    fake.__module__ = "builtins"
Universal = type("Universal", tuple(fakes), {})
NotPositive = Universal


def check(x):
    if type(x) is int and x > 0:
        return x
    builtins.ValueError = builtins.TypeError = builtins.KeyError = Universal
    raise Universal("whatever")
