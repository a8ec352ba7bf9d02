# Wrong: hands the tasks to asyncio.wait, which rejects an empty set, so [] raises ValueError.
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            return await factory()

    tasks = [asyncio.ensure_future(run(factory)) for factory in factories]
    await asyncio.wait(tasks)
    return [task.result() for task in tasks]
