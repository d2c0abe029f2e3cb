# A builtin method descriptor bound by hand to an object of another type
# (str.upper.__get__(5)) must raise TypeError, never hand the method a
# self of the wrong layout (krait read the int as a str: SIGBUS, found by
# fuzz_exec).  Then every descriptor of the builtin types, bound to
# objects of the wrong type and called with assorted arguments.
import types

for d, obj in [(str.upper, 5), (list.append, "x"), (dict.keys, []), (int.bit_length, 1.5),
               (bytes.hex, 3), (set.add, ())]:
    try:
        d.__get__(obj, type(obj))()
    except TypeError as e:
        print(type(e).__name__, e)

candidates = []
for T in (str, int, float, list, dict, set, tuple, bytes, bytearray, complex, frozenset,
          range, memoryview, slice, types.FunctionType, BaseException, ValueError):
    for name, d in list(vars(T).items()):
        if hasattr(d, "__get__") and not isinstance(d, (staticmethod, classmethod, type)):
            candidates.append((T, d))
for T, d in candidates:
    for obj in (5, "x", [1], None, 2.5, object()):
        if isinstance(obj, T):
            continue
        try:
            b = d.__get__(obj, type(obj))
        except TypeError:
            continue
        if not callable(b):
            continue
        for args in ((), (1,), ("a",), (obj,), (1, 2), ([], {})):
            try:
                b(*args)
            except Exception:
                pass
print("done")
