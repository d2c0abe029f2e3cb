# Generators, coroutines and async generators (and their awaitables) cannot
# be copied or pickled: "cannot pickle 'generator' object", as CPython.
import copy, pickle, types
async def co(): pass
async def ag(): yield
def gen(): yield 1
c = co()
objs = [gen(), (x for x in ()), c, ag(), c.__await__(), ag().asend(None), ag().athrow(ValueError)]
for o in objs:
    for how in (copy.copy, copy.deepcopy, pickle.dumps, lambda x: pickle.dumps(x, 0), lambda x: x.__reduce_ex__(2)):
        try:
            how(o)
            print(type(o).__name__, "no error")
        except Exception as e:
            print(type(o).__name__, type(e).__name__, e)
c.close()
