# memoryview is a sequence pattern's subject and mappingproxy a mapping
# pattern's, as CPython flags them (Py_TPFLAGS_SEQUENCE / MAPPING).
import types, collections.abc as abc
def m(x):
    match x:
        case []: return "empty seq"
        case [a, *rest]: return ("seq", a, len(rest))
        case {"k": v, **kw}: return ("map", v, kw)
        case {}: return "empty map"
        case _: return "other"
mp = types.MappingProxyType({"k": 1, "z": 2})
print(m(mp), m(types.MappingProxyType({})), m(types.MappingProxyType({"q": 1})))
print(m(memoryview(b"ab")), m(memoryview(b"")), m(memoryview(b"abcd").cast("i")))
print(m(type.__dict__)["map"] if 0 else m(int.__dict__)[0] if isinstance(m(int.__dict__), tuple) else m(int.__dict__))
match memoryview(b"xy"):
    case [120, y]: print("matched", y)
match mp:
    case {"z": 2}: print("z ok")
print(isinstance(mp, abc.Mapping), isinstance(memoryview(b""), abc.Sequence))
