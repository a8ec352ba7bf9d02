# Wrong: passes each awaitable to create_task, which accepts only coroutines (a Future fails).
import asyncio


async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    semaphore = asyncio.Semaphore(limit)
    tasks = []
    for factory in factories:
        await semaphore.acquire()
        try:
            task = asyncio.create_task(factory())
        except BaseException:
            semaphore.release()
            raise
        task.add_done_callback(lambda _: semaphore.release())
        tasks.append(task)
    return await asyncio.gather(*tasks)
