# Classes made at run time get their operator and protocol slots from the
# dunders they define (normal, reflected, in-place).
def make(ns_items):
    return type("K", (), dict(ns_items))

ops = ["add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift",
       "or", "xor", "and", "floordiv"]
syms = {"add": "+", "sub": "-", "mul": "*", "matmul": "@", "truediv": "/", "mod": "%",
        "pow": "**", "lshift": "<<", "rshift": ">>", "or": "|", "xor": "^", "and": "&",
        "floordiv": "//"}
for op in ops:
    ns = {"__%s__" % op: lambda self, o, op=op: "fwd " + op,
          "__r%s__" % op: lambda self, o, op=op: "ref " + op,
          "__i%s__" % op: lambda self, o, op=op: "inp " + op}
    K = make(ns)
    k = K()
    s = syms[op]
    fwd = eval("k %s 1" % s)
    ref = eval("1 %s k" % s)
    x = k
    exec("x %s= 2" % s)
    print(op, fwd, "|", ref, "|", x)

# only the reflected one: the forward op falls back to TypeError
R = make({"__radd__": lambda self, o: "radd"})
print(3 + R())
try:
    R() + 3
except TypeError as e:
    print("TypeError", e)

# protocol slots
P = make({"__len__": lambda self: 3, "__getitem__": lambda self, i: i * 2,
          "__contains__": lambda self, x: x == "yes", "__call__": lambda self, *a: a,
          "__neg__": lambda self: "neg", "__eq__": lambda self, o: "eq",
          "__hash__": lambda self: 42, "__repr__": lambda self: "<P>"})
p = P()
print(len(p), p[5], "yes" in p, "no" in p, p(1, 2), -p, p == 1, hash(p), repr(p), bool(p))

# a slot added after creation, and one removed
Q = make({})
Q.__add__ = lambda self, o: "late add"
print(Q() + 1)
del Q.__add__
try:
    Q() + 1
except TypeError as e:
    print("TypeError", e)
