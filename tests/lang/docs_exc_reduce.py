# Exceptions copy and pickle with their args, their attributes and
# OSError's filenames (BaseException.__reduce__/__setstate__,
# OSError.__reduce__).
import copy
import pickle

cases = [KeyError(1), ValueError("a", 2), Exception(), StopIteration(5),
         OSError(2, "No such file"), OSError(2, "x", "f"),
         OSError(2, "x", "f", None, "g"), PermissionError(13, "denied", "/p"),
         OSError("just a message"), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
         SystemExit(3), ExceptionGroup("g", [ValueError(1), TypeError(2)])]
for e in cases:
    r = e.__reduce__()
    print(r[0].__name__, r[1] if not isinstance(e, ExceptionGroup) else r[1][0], len(r))
    for how in (copy.copy, copy.deepcopy, lambda x: pickle.loads(pickle.dumps(x))):
        c = how(e)
        print("  ", type(c).__name__, repr(c), str(c))
        if isinstance(e, OSError):
            print("    ", c.errno, c.strerror, c.filename, c.filename2)

e = KeyError("k")
e.note = "extra"
e.add_note("a note")
r = e.__reduce__()
print(r[0].__name__, r[1], sorted(r[2]))
c = pickle.loads(pickle.dumps(e))
print(c.note, c.__notes__, c.args)


class MyError(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.b = b


m = MyError(1, b=5)
m.extra = [1, 2]
for c in (copy.copy(m), pickle.loads(pickle.dumps(m))):
    print(type(c).__name__, c.args, c.b, c.extra)

s = ValueError()
print(s.__setstate__(None), s.__setstate__({"x": 1}), s.x)
for bad in (5, {1: 2}):
    try:
        s.__setstate__(bad)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    s.__reduce__(1)
except Exception as ex:
    print(type(ex).__name__, ex)
print("__reduce__" in BaseException.__dict__, "__reduce__" in OSError.__dict__,
      "__reduce__" in KeyError.__dict__, "__setstate__" in BaseException.__dict__)
for call in (lambda: OSError().__reduce__(1), lambda: s.__setstate__(),
             lambda: s.__setstate__(1, 2)):
    try:
        call()
    except TypeError as ex:
        print("TypeError", ex)
