# Wrong: when every attempt fails the last exception is logged and swallowed, and None is returned.
import functools
import logging


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    logging.getLogger(__name__).debug("attempt %d failed: %s", attempt, e)
            return None
        return wrapper

    return decorator
