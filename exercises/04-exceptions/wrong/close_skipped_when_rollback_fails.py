# Wrong: close() follows rollback() without a finally, so it is skipped when rollback() raises.
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    try:
        conn.begin()
    except BaseException:
        conn.close()
        raise
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        conn.close()
        raise
    conn.close()
