# Exception subclasses with attributes, custom __init__/__str__, and __slots__.
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

try:
    raise AppError(404, "not found")
except AppError as e:
    print(e, e.code, e.args, repr(e.args), type(e).__name__, e.__dict__)

class Detailed(ValueError):
    pass

d = Detailed("bad", 1)
d.detail = {"field": "x"}
print(d, d.args, d.detail, isinstance(d, ValueError), d.__dict__)

class Slotted(KeyError):
    __slots__ = ("key_name",)

s = Slotted("k")
s.key_name = "k"
print(s, s.key_name, repr(s))
s.other = 1
print(s.other)

class Chain(RuntimeError):
    def __init__(self, *args, hint=None):
        super().__init__(*args)
        self.hint = hint

try:
    try:
        raise Chain("outer", hint="check input")
    except Chain as e:
        raise ValueError("wrapped") from e
except ValueError as v:
    print(v, v.__cause__, v.__cause__.hint)
