async def gather_limited(factories, limit):
    """Await factory() for every factory, at most `limit` at a time; return the results.

    - Each factory is called once, when its turn comes, and returns an awaitable.
    - Exactly `limit` run at once while at least `limit` are unfinished.
    - Results come back as a list in the order of `factories`.
    - If one raises, raise that same exception.
    - limit < 1 raises ValueError (even for an empty list); an empty list gives [].
    """
    raise NotImplementedError
