# Wrong: the error path closes the connection and the finally closes it again, so close() runs twice.
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    try:
        conn.begin()
        try:
            yield conn
            conn.commit()
        except BaseException:
            conn.rollback()
            conn.close()
            raise
    finally:
        conn.close()
