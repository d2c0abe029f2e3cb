# Forms ast.parse accepts that the compiler would reject later.
await x
[x async for x in y]
def f():
    await g()
    async with a:
        pass
return_ = 1
nonlocal_ = 2
def g():
    yield
    return 1
