async def g -> int:
    pass
