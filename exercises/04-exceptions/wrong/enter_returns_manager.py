# Wrong: __enter__ returns the context manager itself, so the `as` target is not the connection.
class transaction:
    def __init__(self, conn):
        self.conn = conn

    def __enter__(self):
        try:
            self.conn.begin()
        except BaseException:
            self.conn.close()
            raise
        return self

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                try:
                    self.conn.commit()
                except BaseException:
                    self.conn.rollback()
                    raise
            else:
                self.conn.rollback()
        finally:
            self.conn.close()
        return False
