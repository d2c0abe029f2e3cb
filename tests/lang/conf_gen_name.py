def g(): yield
async def c(): pass
async def ag(): yield
for x in (g(), c(), ag()):
    print(x.__name__, x.__qualname__.split(".")[-1])
    x.__name__ = "renamed"; x.__qualname__ = "Q.renamed"
    print(x.__name__, x.__qualname__, type(x).__name__)
    for v in (5, None):
        try: x.__name__ = v
        except TypeError as e: print(e)
        try: x.__qualname__ = v
        except TypeError as e: print(e)
    try: del x.__name__
    except TypeError as e: print(e)
    if hasattr(x, "close"): x.close()
