class ARange:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("anext")

async def main():
    async for x in ARange():
        pass

async def agen():
    yield 1
    raise ValueError("in agen")

async def main2():
    async for x in agen():
        pass

try:
    main().send(None)
except KeyError:
    pass
main2().send(None)
