# Wrong: begin() is called when the manager is created (in __init__), not when the with block is entered.
class transaction:
    def __init__(self, conn):
        self.conn = conn
        try:
            conn.begin()
        except BaseException:
            conn.close()
            raise

    def __enter__(self):
        return self.conn

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
