# A class whose __init__ takes the instance through *args (a decorator's
# wrapper: dnspython's @immutable, functools.wraps'd initialisers): the
# class call still returns the instance, not the *args tuple.
import contextvars
import functools


def wrap(f):
    @functools.wraps(f)
    def nf(*args, **kwargs):
        f(*args, **kwargs)
    return nf


class P:
    def __init__(self, x):
        self.x = x


class Q(P):
    @wrap
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


q = Q(1)
print(type(q).__name__, q.x, Q.__init__.__name__)


class S:
    def __init__(*args):
        args[0].n = len(args)


print(type(S()).__name__, S(1, 2).n)


class U:
    def __init__(*args, key=None, **kw):
        args[0].key = (key, len(args), sorted(kw))


for u in (U(), U(1), U(key=5), U(2, key=6, z=0)):
    print(type(u).__name__, u.key)


class Bad:
    def __init__(*args):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError", e)

# dnspython's immutable-class pattern, reduced
_in_init = contextvars.ContextVar("in_init", default=False)


class _Immutable:
    __slots__ = ()

    def __setattr__(self, name, value):
        if _in_init.get() is not self:
            raise TypeError("object doesn't support attribute assignment")
        super().__setattr__(name, value)


def _immutable_init(f):
    def nf(*args, **kwargs):
        previous = _in_init.set(args[0])
        try:
            f(*args, **kwargs)
        finally:
            _in_init.reset(previous)
    return nf


def immutable(cls):
    class ncls(_Immutable, cls):
        __slots__ = ()

        @_immutable_init
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
    ncls.__name__ = cls.__name__
    return ncls


@immutable
class Name:
    __slots__ = ["labels"]

    def __init__(self, labels):
        self.labels = tuple(labels)


root = Name([b""])
print(type(root).__name__, isinstance(root, Name), root.labels)
try:
    root.labels = ()
except TypeError as e:
    print("TypeError", e)
