# f(*x) / f(**x) errors: which function is named, str() of a repeated key,
# str subclass keys (CPython's check_args_iterable, format_kwargs_error)
def f(**kw):
    return sorted(kw)

def g(a, b):
    return (a, b)

def show(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass

class Nothing:
    pass

class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)

class BadIter:
    def __iter__(self):
        raise TypeError("own error")

class M:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k

show(lambda: f(**{1: 3}, **{1: 5}))
show(lambda: f(**{1: 3}))
show(lambda: f(**{'a': 3}, **{1: 5}))
show(lambda: f(**{'a': 3}, **{'a': 5}))
show(lambda: f(**{'a': 3}, a=4))
show(lambda: f(a=3, **{'a': 4}))
show(lambda: f(**{(1, 2): 3}, **{(1, 2): 4}))
show(lambda: f(**M()))
show(lambda: g(**{S('a'): 1, S('b'): 2}))
show(lambda: f(**{S('x'): 1, 'y': 2}))
show(lambda: g(**{S('a'): 1}, **{'a': 2}))
show(lambda: g(*5))
show(lambda: g(1, *5))
show(lambda: g(*[1], *5))
show(lambda: g(*5, 1))
show(lambda: print(*5))
show(lambda: dir(*g))
show(lambda: len(*None))
show(lambda: [*5])
show(lambda: (*5,))
show(lambda: {*5})
show(lambda: g(*Nothing()))
show(lambda: g(*Seq()))
show(lambda: g(*BadIter()))
show(lambda: g(*{'a': 1, 'b': 2}))
show(lambda: g(**5))
show(lambda: g(**{'a': 1}, **5))
show(lambda: g(**[]))

class K:
    def method(self, *a):
        return a
show(lambda: K().method(*7))
show(lambda: K.method(*7))
show(lambda: type(*3))
