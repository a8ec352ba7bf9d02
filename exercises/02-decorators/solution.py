import functools


def retry(times, exceptions=(Exception,)):
    """Decorator factory: call the decorated function up to `times` attempts in total.

    An attempt that raises an instance of `exceptions` (a class or a tuple of classes)
    is followed by another one; after `times` failed attempts the last exception itself
    is re-raised. Other exceptions propagate at once. The first successful result is
    returned. The wrapper keeps __name__, __doc__ and __wrapped__ (functools.wraps).

    Raises ValueError at once when times < 1.
    """
    if times < 1:
        raise ValueError(f"times must be at least 1, got {times!r}")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == times:
                        raise  # the last attempt's own exception, traceback intact
        return wrapper

    return decorator
