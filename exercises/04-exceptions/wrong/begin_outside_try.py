# Wrong: begin() is called before the try/finally, so close() is not called when begin() raises.
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    conn.begin()
    try:
        yield conn
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    finally:
        conn.close()
