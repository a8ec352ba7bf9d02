# Wrong: the block's exception is wrapped in a new TransactionError instead of propagating unchanged.
from contextlib import contextmanager


class TransactionError(Exception):
    pass


@contextmanager
def transaction(conn):
    try:
        conn.begin()
        try:
            yield conn
        except BaseException as e:
            conn.rollback()
            raise TransactionError(f"transaction rolled back: {e!r}") from e
        try:
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
    finally:
        conn.close()
