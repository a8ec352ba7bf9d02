# Wrong: after the last attempt a new RetryError is raised (chained from the last exception) instead of the last exception itself.
import functools


class RetryError(Exception):
    pass


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for _ in range(times):
                try:
                    return func(*args, **kwargs)
                except exceptions as e:
                    last = e
            raise RetryError(f"gave up after {times} attempts") from last
        return wrapper

    return decorator
