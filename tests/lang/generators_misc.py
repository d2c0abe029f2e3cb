# return values, PEP 479, gi_running, exhausted generators.
def ret():
    yield 1
    return 42
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
print(list(ret()))

def ret_none():
    yield 1
    return
g = ret_none()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("none", e.value, e.args)

# PEP 479
def leaky():
    yield 1
    raise StopIteration("leak")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__), e.__suppress_context__)

def leaky_next():
    it = iter([])
    yield next(it)
try:
    for x in leaky_next():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

class MyStop(StopIteration):
    pass
def leaky_sub():
    yield 1
    raise MyStop
g = leaky_sub()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# gi_running and "generator already executing"
def running():
    print("inside running:", gen.gi_running)
    try:
        next(gen)
    except ValueError as e:
        print("ValueError:", e)
    try:
        gen.send(None)
    except ValueError as e:
        print("ValueError:", e)
    try:
        gen.close()
    except ValueError as e:
        print("ValueError:", e)
    try:
        gen.throw(KeyError)
    except ValueError as e:
        print("ValueError:", e)
    yield 1
gen = running()
print(gen.gi_running, gen.gi_suspended)
next(gen)
print(gen.gi_running, gen.gi_suspended)
print(gen.__name__, gen.__qualname__, type(gen.gi_code).__name__)

# sending to a just-started generator
def echo():
    while True:
        v = yield
        print("echo", v)
g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
g.send(None)
g.send(2)

# exhausted generator: next, send, close
def one():
    yield 1
g = one()
print(list(g), list(g))
try:
    g.send(None)
except StopIteration:
    print("send exhausted")
print(g.close())
print(next(g, "default"))

# exception in a generator finishes it
def bad():
    yield 1
    1 / 0
    yield 2
g = bad()
next(g)
try:
    next(g)
except ZeroDivisionError:
    print("zde")
print(next(g, "finished"))

# generator in a try/finally with return in finally
def fin():
    try:
        yield 1
    finally:
        return "from finally"
g = fin()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("swallowed", e.value)

# generator expression throw/close
ge = (x for x in range(3))
print(next(ge))
ge.close()
print(list(ge))
ge = (x for x in range(3))
next(ge)
try:
    ge.throw(KeyError("ge"))
except KeyError as e:
    print("ge threw", e)
