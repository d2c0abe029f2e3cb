# Special methods that are not plain functions: `__call__ = dict` calls
# dict without the instance (TypedDict's metaclass), other descriptors bind
# as their __get__ says; `__iter__ = None` / `__contains__ = None` opt out.
from typing import TypedDict

class Meta(type):
    __call__ = dict

class D(metaclass=Meta):
    pass

print(D(a=1), D([("b", 2)]), type(D()).__name__)

class P(TypedDict):
    x: int
    y: str

p = P(x=1, y="a")
print(p, type(p).__name__)

class WithStatic:
    @staticmethod
    def __call__(*args):
        return ("static", args)

class WithClass:
    @classmethod
    def __call__(cls, *args):
        return ("class", cls.__name__, args)

class WithBuiltin:
    __call__ = len   # a builtin function does not bind

print(WithStatic()(1, 2), WithClass()(3))
try:
    WithBuiltin()("abc")
except TypeError as e:
    print("TypeError", e)
print(WithBuiltin.__call__("abcd"))

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1, 2])

class NoLen:
    __len__ = None

cases = [lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()],
         lambda: 1 in NoIter(), lambda: 1 in NoContains(), lambda: list(NoContains()),
         lambda: len(NoLen()), lambda: bool(NoLen())]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)

def loop():
    for _ in NoIter():
        pass
try:
    loop()
except TypeError as e:
    print("TypeError", e)
a, *b = NoContains()
print(a, b)
try:
    a, *b = NoIter()
except TypeError as e:
    print("TypeError", e)
