# The attribute names of every builtin type, as dir(T) lists them (the
# union of the __dict__ of T's MRO).
def names(T):
    out = set()
    for B in T.__mro__:
        out.update(B.__dict__)
    return sorted(out)

types = [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
         type({}.keys()), type({}.values()), type({}.items()), set, frozenset, range, slice,
         type(None), type(NotImplemented), type(...), enumerate, zip, map, filter, reversed,
         object, type(iter([])), type(iter(())), type(iter(range(1))), type(iter({})),
         type(iter(set())), type(reversed([]))]
for T in types:
    print(T.__name__, names(T))
print('is_integer' in names(int), 'removeprefix' in names(str))
