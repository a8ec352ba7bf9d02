# Wrong: collects the results in the order the factories finish, not in input order.
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    results = []

    async def run(factory):
        async with semaphore:
            results.append(await factory())

    await asyncio.gather(*(run(factory) for factory in factories))
    return results
