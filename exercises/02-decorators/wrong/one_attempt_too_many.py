# Wrong: `times` is read as the number of retries after the first attempt, so times + 1 attempts are made.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            retries_left = times
            while True:
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if retries_left == 0:
                        raise
                    retries_left -= 1
        return wrapper

    return decorator
