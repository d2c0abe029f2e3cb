# async code through exec() and compile(): definitions, and the compile-time
# errors as SyntaxError instances.
ns = {}
exec("""
async def f(x):
    return x * 2

async def agen():
    yield 1
    yield 2
""", ns)

def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value

print(run(ns["f"](21)))

async def collect():
    return [x async for x in ns["agen"]()]
print(run(collect()))

sources = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    yield from x",
    "[x async for x in y]",
    "async def f():\n    lambda: await x",
    "def f():\n    return {await x for x in y}",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
