# Wrong: uses a TaskGroup, so an error arrives wrapped in an ExceptionGroup, not as itself.
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)

    async def run(factory):
        async with semaphore:
            return await factory()

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(run(factory)) for factory in factories]
    return [task.result() for task in tasks]
