# Wrong: never checks the limit; with limit < 1 no worker starts and a list of None comes back.
import asyncio


async def gather_limited(factories, limit):
    results = [None] * len(factories)
    indexes = iter(range(len(factories)))

    async def worker():
        for i in indexes:
            results[i] = await factories[i]()

    await asyncio.gather(*(worker() for _ in range(min(limit, len(factories)))))
    return results
