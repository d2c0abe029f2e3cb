# Mapping patterns on dict subclasses use their get() method.
class D(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)

match D(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched", b)

match D(a=1):
    case {"z": z}:
        print("no")
    case {"a": a}:
        print("second", a)

class Missing(dict):
    def __missing__(self, key):
        return "from missing"

match Missing(a=1):
    case {"b": b}:
        print("missing used?", b)
    case _:
        print("__missing__ is not used by get()")

class Len(dict):
    def __len__(self):
        print("len called")
        return 5

match Len(a=1):
    case {"a": 1}:
        print("len ok")

# rest from a subclass is a plain dict
match D(a=1, b=2, c=3):
    case {"a": _, **rest}:
        print(type(rest).__name__, rest)

