# Wrong: a bare except retries every exception, whatever `exceptions` says.
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
                except:  # noqa: E722
                    if attempt == times - 1:
                        raise
        return wrapper

    return decorator
