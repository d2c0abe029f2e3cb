# async with's TypeErrors, with CPython's exact messages.
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

async def use(m):
    async with m as v:
        return v

class SyncOnly:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass

class OnlyEnter:
    async def __aenter__(self):
        return 1

class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass

class ExitNotAwaitable:
    async def __aenter__(self):
        return 2
    def __aexit__(self, *a):
        return False

class EnterRaises:
    async def __aenter__(self):
        raise ValueError("enter failed")
    async def __aexit__(self, *a):
        print("not called")

class Good:
    async def __aenter__(self):
        return "good"
    async def __aexit__(self, *a):
        return None

for m in (1, SyncOnly(), OnlyEnter(), EnterNotAwaitable(), ExitNotAwaitable(),
          EnterRaises(), Good()):
    try:
        print(run(use(m)))
    except Exception as e:
        print(type(e).__name__, e)

async def exit_not_awaitable_on_error():
    async with ExitNotAwaitable():
        raise KeyError("x")
try:
    run(exit_not_awaitable_on_error())
except Exception as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__)
