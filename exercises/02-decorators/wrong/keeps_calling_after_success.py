# Wrong: the loop does not stop at the first success, so a function that succeeds is still called `times` times.
import functools


def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be at least 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            result = None
            last_error = None
            for _ in range(times):
                try:
                    result = func(*args, **kwargs)
                    last_error = None
                except exceptions as e:
                    last_error = e
            if last_error is not None:
                raise last_error
            return result
        return wrapper

    return decorator
