# Wrong: runs the factories in batches of `limit`, so a new one waits for the whole batch to finish.
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    results = []
    for start in range(0, len(factories), limit):
        batch = factories[start:start + limit]
        results.extend(await asyncio.gather(*(factory() for factory in batch)))
    return results
