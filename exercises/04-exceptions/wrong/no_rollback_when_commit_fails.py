# Wrong: when commit() raises, rollback() is never called (only the block's exception triggers a rollback).
class transaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        try:
            self.conn.begin()
        except BaseException:
            self.conn.close()
            raise
        return self.conn

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self.conn.commit()
            else:
                self.conn.rollback()
        finally:
            self.conn.close()
        return False
