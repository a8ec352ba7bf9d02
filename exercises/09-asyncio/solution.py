import asyncio


async def gather_limited(factories, limit):
    """Await factory() for every factory, at most `limit` at a time; return the results.

    Results are in the order of `factories`. If one raises, that exception propagates
    and the factories still running or waiting are cancelled.
    """
    if limit < 1:
        raise ValueError(f"limit must be at least 1, got {limit!r}")
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:  # the factory is called only once a slot is free
            return await factory()

    tasks = [asyncio.ensure_future(run(factory)) for factory in factories]
    try:
        # gather keeps input order and re-raises the first exception unchanged.
        return await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()  # a no-op for finished tasks
