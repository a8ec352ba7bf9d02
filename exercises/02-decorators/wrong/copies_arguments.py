# Wrong: each attempt gets deep copies of the arguments, so the caller's objects never change.
import copy, functools

def retry(times, exceptions=(Exception,)):
    if times < 1:
        raise ValueError("times must be >= 1")
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return func(*copy.deepcopy(args), **copy.deepcopy(kwargs))
                except exceptions:
                    if attempt == times - 1:
                        raise
        return wrapper
    return decorator
