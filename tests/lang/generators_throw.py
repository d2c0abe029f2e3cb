# generator.throw(): the generator's own except/finally blocks run.
def g1():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield "after"
    finally:
        print("finally g1")
    yield "end"

g = g1()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
print(list(g))

# throw with type, type+value, type+tuple value, instance
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)

c = catcher()
next(c)
c.throw(KeyError)
c.throw(KeyError, "k")
c.throw(KeyError, ("a", "b"))
c.throw(KeyError("inst"))
c.throw(KeyError, KeyError("same"))
try:
    c.throw(KeyError("inst"), "value")
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    c.throw(int)
except TypeError as e:
    print("TypeError:", e)

# uncaught: propagates and finishes the generator
def g2():
    try:
        yield 1
    finally:
        print("cleanup g2")

g = g2()
next(g)
try:
    g.throw(RuntimeError, "x")
except RuntimeError as e:
    print("propagated", e)
print(next(g, "exhausted"))

# throw into a just-created generator: never runs the body
def g3():
    print("body ran")
    yield 1
g = g3()
try:
    g.throw(IndexError("early"))
except IndexError as e:
    print("early", e)
print(list(g))

# throw into an exhausted generator raises the exception
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError:
    print("ZeroDivisionError from exhausted")

# the generator returns after catching: StopIteration with the value
def g4():
    try:
        yield 1
    except ValueError:
        return "ret"
g = g4()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

# exception context inside the generator
def g5():
    try:
        yield 1
    except ValueError as e:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print(repr(k.__context__))
        yield 2
g = g5()
next(g)
print(g.throw(ValueError("outer")))

# sys.exc_info-like state: the handled exception across yields
def g6():
    try:
        raise TypeError("t")
    except TypeError:
        yield 1
        try:
            raise
        except TypeError as e:
            print("re-raised", e)
g = g6()
next(g)
try:
    raise ValueError("caller")
except ValueError:
    next(g, None)
