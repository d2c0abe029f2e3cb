async def main(x):
    return await x

def drive(c):
    return c.send(None)

drive(main(42))
