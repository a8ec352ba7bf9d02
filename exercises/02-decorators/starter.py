import functools


def retry(times, exceptions=(Exception,)):
    """Decorator factory: call the decorated function up to `times` attempts in total.

    An attempt that raises an instance of `exceptions` (a class or a tuple of classes)
    is followed by another one; after `times` failed attempts the last exception itself
    is re-raised. Other exceptions propagate at once. The first successful result is
    returned. The wrapper keeps __name__, __doc__ and __wrapped__ (functools.wraps).

    Raises ValueError at once when times < 1.
    """
    raise NotImplementedError
