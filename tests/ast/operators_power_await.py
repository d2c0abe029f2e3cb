# Power binds tighter than unary minus; await binds tighter than power.
-2 ** 2
(-2) ** 2
2 ** -2
2 ** 3 ** 2
a ** -b ** c
async def f():
    await a ** b
    -await a
    await a.b
    await a()
    await a[0]
