class A:
    pass
A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)
class B(object):
    pass
B.__call__ = B()
try:
    B()()
except RecursionError as e:
    print("RecursionError", e)
class BadIterator(object):
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1
try:
    for i in BadIterator() :
        pass
except TypeError as e:
    print("TypeError", e)
class Foo:
    pass
Foo.__repr__ = Foo.__str__
foo = Foo()
for f in (str, repr):
    try:
        f(foo)
    except RecursionError as e:
        print("RecursionError", f.__name__)
