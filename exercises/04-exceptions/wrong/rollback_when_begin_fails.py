# Wrong: begin() is inside the try that rolls back, so a failing begin() is followed by rollback().
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    try:
        conn.begin()
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
