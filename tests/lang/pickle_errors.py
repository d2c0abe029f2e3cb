# Pickling errors and their messages (the C pickler's).
import pickle
import re


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))


def outer():
    def inner():
        pass
    return inner


class BadReduce:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return self.value


def not_a_tuple():
    pass


show(pickle.dumps, outer())
show(pickle.dumps, lambda: 1)
show(pickle.dumps, (x for x in []))
for proto in (0, 2, 4):
    show(pickle.dumps, BadReduce(42), proto)
    show(pickle.dumps, BadReduce((1,)), proto)
    show(pickle.dumps, BadReduce((1, 2, 3, 4, 5, 6, 7)), proto)
    show(pickle.dumps, BadReduce((1, ())), proto)
    show(pickle.dumps, BadReduce((list, [])), proto)
    show(pickle.dumps, BadReduce((list, (), None, 5)), proto)
    show(pickle.dumps, BadReduce((list, (), None, None, 6)), proto)
    show(pickle.dumps, BadReduce((list, (), None, None, None, 7)), proto)
    show(pickle.dumps, BadReduce('no_such_global'), proto)
show(pickle.dumps, 1, 6)
show(pickle.dumps, 1, 'x')
show(pickle.dumps, 1, 5, buffer_callback=print)
show(pickle.dumps, 1, 4, buffer_callback=print)
show(pickle.Pickler, 42)
show(pickle.dumps)
show(pickle.dumps, 1, 2, 3)
import copyreg
cls = copyreg.__newobj__
show(pickle.dumps, BadReduce((cls, ())), 2)
show(pickle.dumps, BadReduce((cls, (1,))), 2)
show(pickle.dumps, BadReduce((cls, (int,))), 2)
show(pickle.dumps, BadReduce((copyreg.__newobj_ex__, (int, (), {}, 1))), 4)
show(pickle.dumps, BadReduce((copyreg.__newobj_ex__, (1, (), {}))), 4)
show(pickle.dumps, BadReduce((copyreg.__newobj_ex__, (int, [], {}))), 4)
show(pickle.dumps, BadReduce((copyreg.__newobj_ex__, (int, (), []))), 4)


class Unhashable:
    pass


class Foo:
    pass


Foo.__qualname__ = 'Bar'
show(pickle.dumps, Foo, 2)
Foo.__module__ = 'no_such_module_xyz'
show(pickle.dumps, Foo, 2)
Foo.__qualname__ = 'Foo'
Foo.__module__ = __name__
show(pickle.dumps, Foo, 2)
l = []
l.append(l)
p = pickle.Pickler.__new__(pickle.Pickler)
show(p.dump, 1)
# recursion through a deep structure
deep = []
for i in range(100000):
    deep = [deep]
show(pickle.dumps, deep)
print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.PickleError, Exception))
print(pickle.PicklingError.__module__, pickle.UnpicklingError.__name__)
