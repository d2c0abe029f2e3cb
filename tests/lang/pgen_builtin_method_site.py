# One LOAD_METHOD site seeing builtin types, their subclasses (which may
# override or shadow the method) and plain instances: the per-site cache
# of builtin methods must answer only for the exact builtin type.

class MyList(list):
    def append(self, x):
        super().append(("wrapped", x))

class Shadow(list):
    pass

class Duck:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x * 10)

def add(seq, x):
    seq.append(x)
    return seq

objs = [[], MyList(), [], Duck(), Shadow(), []]
for i, o in enumerate(objs * 2):
    r = add(o, i)
    print(type(o).__name__, r.items if isinstance(r, Duck) else r)

s = Shadow()
s.append = lambda x: print("instance attribute", x)
add(s, 99)
print(list(s))

def call_upper(x):
    return x.upper()

class UpperStr(str):
    def upper(self):
        return "custom upper"

for v in ["abc", b"abc", UpperStr("q"), bytearray(b"xy"), "def"]:
    print(repr(call_upper(v)))

def call_get(d, k):
    return d.get(k, "missing")

import collections
for d in [{1: "a"}, collections.OrderedDict([(1, "o")]), {}, collections.defaultdict(int, {1: 5})]:
    print(call_get(d, 1), call_get(d, 2))

def meth(x):
    return x.bit_length(), x.conjugate()

for v in [5, True, 2**70, -3, 7.5 if False else 8]:
    print(meth(v))

def count(x):
    return x.count(1)

for v in [[1, 1, 2], (1, 2), [1], (1, 1, 1)]:
    print(count(v))

try:
    add(5, 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    add("s", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    call_upper(3)
except AttributeError as e:
    print("AttributeError", e)
