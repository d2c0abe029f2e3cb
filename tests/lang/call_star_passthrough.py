# f(*x) and f(**d) alone pass x's items and d's entries straight to the
# call (no list, tuple or dict copy in between): what the callee sees and
# what stays of x and d afterwards must be as if they had been copied.

def show(*args, **kw):
    return args, kw


def mutate(*args, **kw):
    kw["added"] = 1
    args = args + (99,)
    return args, kw


t = (1, 2, 3)
l = [4, 5]
d = {"a": 1, "b": 2}
print(show(*t), show(*l), show(**d), show(*t, **d))
print(show(*()), show(**{}), show(*[], **{}))

# the callee's *args and **kw are its own
r = mutate(*t, **d)
print(r, t, d)
r2 = show(*t)
print(r2[0] == t, type(r2[0]).__name__)
r3 = show(**d)
print(r3[1] == d, r3[1] is d)
r3[1]["new"] = 0
print(d)

# a callee that changes the caller's list or dict while running
def grab(*args, **kw):
    l.append(len(args))
    d["c"] = len(kw)
    return args, sorted(kw)


print(grab(*l), l)
print(grab(**d), d)
print(grab(*l, **d), l, d)

# subclasses and other iterables / mappings still take the slow path
class T(tuple): pass
class L(list): pass
class D(dict): pass
import collections
print(show(*T((1, 2))), show(*L([3])), show(**D(x=1)), show(**collections.OrderedDict(y=2)))
print(show(*"ab"), show(*range(3)), show(*{7: 8}), show(*iter([1])))

# mixtures keep their order and checks
print(show(1, *t), show(*t, 4), show(*t, *l), show(a=0, **{"b": 1}), show(**d, z=9))
try:
    show(**d, a=5)
except TypeError as e:
    print("TypeError", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError", e)
try:
    show(**5)
except TypeError as e:
    print("TypeError", e)

# keyword binding to named parameters through **
def named(a, b=2, *, c, **rest):
    return a, b, c, rest


print(named(**{"a": 1, "c": 3}), named(*[1], **{"c": 3, "z": 4}), named(*(1, 2), c=0))
try:
    named(*(1,), **{"a": 1, "c": 2})
except TypeError as e:
    print("TypeError", e)

# a str subclass key binds by its text
class S(str): pass
print(show(**{S("k"): 1}), named(**{S("a"): 1, "c": 2}))

# builtins take them too
print(max(*l), dict(**d) == d, dict(**d) is d, "{a}-{b}".format(**d), tuple(*[t]))

# a class statement with ** alone
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, *a, **kw):
        pass


opts = {"flag": True}
class K(metaclass=Meta, **opts):
    pass
print(K.kw, K.kw is opts)
