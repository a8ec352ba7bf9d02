# Wrong: `except Exception` misses exceptions that do not derive from Exception, so those are not rolled back.
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    try:
        conn.begin()
        try:
            yield conn
            conn.commit()
        except Exception:
            conn.rollback()
            raise
    finally:
        conn.close()
