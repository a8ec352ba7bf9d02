# Wrong: awaits the factories one after another, so only one runs at a time.
async def gather_limited(factories, limit):
    if limit < 1:
        raise ValueError("limit must be at least 1")
    return [await factory() for factory in factories]
