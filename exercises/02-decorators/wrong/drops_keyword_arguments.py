# Wrong: the wrapper only accepts positional arguments, so keyword arguments cannot be passed through.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(times):
                try:
                    return func(*args)
                except exceptions:
                    if attempt == times - 1:
                        raise
        return wrapper

    return decorator
