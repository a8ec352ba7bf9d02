from contextlib import contextmanager


@contextmanager
def transaction(conn):
    """Run the `with` block inside a transaction on `conn`, and yield `conn`.

    begin() on entry; commit() if the block succeeds; rollback() if the block or
    commit() raises, and the exception propagates unchanged; close() exactly once,
    last, in every case. If begin() raises: close() only.
    """
    raise NotImplementedError
    yield conn  # unreachable; makes this function a generator
