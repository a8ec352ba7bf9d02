# Wrong: calls every factory up front; only the awaiting is limited, not when factories start.
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    awaitables = [factory() for factory in factories]

    async def run(awaitable):
        async with semaphore:
            return await awaitable

    return await asyncio.gather(*(run(a) for a in awaitables))
