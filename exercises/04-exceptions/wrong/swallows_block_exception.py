# Wrong: the block's exception is rolled back but not re-raised, so @contextmanager swallows it.
from contextlib import contextmanager


@contextmanager
def transaction(conn):
    try:
        conn.begin()
        try:
            yield conn
        except BaseException:
            conn.rollback()
            return
        try:
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.close()
