# Generators keep the exception they handle across yields even when it is
# the very exception their resumer handles; throw() of a class that fails
# to instantiate throws that failure in; a delegating frame stands between
# the thrower and the sub-generator.
import sys

def g():
    try:
        print('start', sys.exc_info()[0])
        yield
    except Exception as exc:
        print('in except', sys.exc_info()[0].__name__, exc.__context__)
        yield
        print('after yield', sys.exc_info()[0].__name__)
        yield
        raise

make = g()
next(make)
try:
    raise ValueError()
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
    print('outer', sys.exc_info()[0].__name__)
print('outer2', sys.exc_info()[0])
next(make)
try:
    next(make)
except ValueError as e:
    print('got', type(e).__name__, e.__context__)
print(sys.exc_info())

# nested handlers in a generator, yielding in the inner one
def nested():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    print(list(nested()))

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

def boring():
    yield
gen = boring()
try:
    gen.throw(E)
except Exception as e:
    print(type(e).__name__, e)
try:
    next(gen)
except StopIteration:
    print('finished')

def catcher():
    try:
        yield
    except Exception as e:
        print('inside', type(e).__name__, e)
gen = catcher()
next(gen)
try:
    gen.throw(E)
except StopIteration:
    print('stop')

class Bad(Exception):
    def __init__(self):
        raise KeyError('from init')
gen = catcher()
next(gen)
try:
    gen.throw(Bad)
except StopIteration:
    print('stop')

# bad arguments are raised without resuming the generator
gen = catcher()
next(gen)
for args in [(1,), (ValueError(), 1), (ValueError, None, 1)]:
    try:
        gen.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(gen.gi_frame is not None)

def names(frame):
    r = []
    while frame:
        r.append(frame.f_code.co_name)
        frame = frame.f_back
    return r[:3]

def f():
    print(names(sys._getframe()))
    try:
        yield
    except Exception as e:
        print('f caught', type(e).__name__)
    print(names(sys._getframe()))

def h():
    print(names(sys._getframe()))
    yield from f()
    print(names(sys._getframe()))

for how in ('send', 'throw'):
    gen = h()
    gen.send(None)
    try:
        if how == 'send':
            gen.send(None)
        else:
            gen.throw(RuntimeError)
    except StopIteration:
        print(how, 'done')
