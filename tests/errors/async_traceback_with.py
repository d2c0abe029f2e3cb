class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        raise RuntimeError("exit failed") from val

async def main():
    async with CM():
        {}["missing"]

main().send(None)
