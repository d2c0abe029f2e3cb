import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print(sys.exception() is v)
    try:
        raise KeyError('k')
    except KeyError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    return sys.exception()
try:
    1 / 0
except ZeroDivisionError:
    print(type(f()).__name__)
try:
    try:
        raise TypeError('inner')
    finally:
        print(sys.exception())
except TypeError:
    pass
def gen():
    try:
        raise IndexError('g')
    except IndexError:
        yield sys.exception()
print(repr(next(gen())))
