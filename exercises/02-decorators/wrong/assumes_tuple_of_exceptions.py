# Wrong: `exceptions` is assumed to be a tuple, so passing a single exception class breaks (tuple(KeyError) is a TypeError).
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*args, **kwargs)
                except tuple(exceptions):
                    if attempt == times - 1:
                        raise
        return wrapper

    return decorator
