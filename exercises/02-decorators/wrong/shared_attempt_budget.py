# Wrong: the attempt counter lives in the decorator, so all calls share one budget of `times` attempts.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        attempts_left = times

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            nonlocal attempts_left
            while True:
                attempts_left -= 1
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempts_left <= 0:
                        raise
        return wrapper

    return decorator
