# yield from: send/throw/close forwarding and the return value.
def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3
    return "outer-result"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("stop", e.value)

# nested delegation
def level3():
    v = yield "l3"
    return v * 2
def level2():
    v = yield from level3()
    return v + 1
def level1():
    v = yield from level2()
    print("level1 result", v)
g = level1()
print(next(g))
try:
    g.send(10)
except StopIteration as e:
    print("done", e.value)

# throw forwarded to the sub-generator
def sub():
    try:
        yield 1
    except ValueError as e:
        print("sub caught", e)
        yield "sub-recovered"
    return "sub-done"
def top():
    r = yield from sub()
    print("top got", r)
    yield "top"
g = top()
next(g)
print(g.throw(ValueError("x")))
print(next(g))

# sub-generator doesn't catch: propagates into the delegator
def sub2():
    yield 1
def top2():
    try:
        yield from sub2()
    except KeyError as e:
        print("top2 caught", repr(e))
        yield "top2-recovered"
g = top2()
next(g)
print(g.throw(KeyError("k")))

# sub returns while handling a throw: value of the yield from
def sub3():
    try:
        yield 1
    except ValueError:
        return "sub3-ret"
def top3():
    r = yield from sub3()
    print("top3 r", r)
    yield "x"
g = top3()
next(g)
print(g.throw(ValueError))

# close forwarded
def sub4():
    try:
        yield 1
    finally:
        print("sub4 finally")
def top4():
    try:
        yield from sub4()
    finally:
        print("top4 finally")
g = top4()
next(g)
g.close()

# yield from a plain iterator: send None works, send non-None -> AttributeError
def top5():
    r = yield from [1, 2, 3]
    print("list result", r)
print(list(top5()))
g = top5()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError:", e)

# throw into a delegator over an iterator without throw(): raised in the delegator
def top6():
    try:
        yield from iter([1, 2])
    except ValueError:
        print("top6 caught")
        yield "t6"
g = top6()
next(g)
print(g.throw(ValueError))

# a class with send/throw/close
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo-done")
        return ("echo", v)
    def throw(self, *args):
        print("Echo.throw", [a if not isinstance(a, BaseException) else type(a).__name__ for a in args])
        return "thrown"
    def close(self):
        print("Echo.close")
def top7():
    r = yield from Echo()
    print("top7 r", r)
g = top7()
print(next(g))
print(g.send("hi"))
print(g.throw(KeyError))
g.close()
g = top7()
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration:
    print("top7 exhausted")

# gi_yieldfrom
def top8():
    yield from sub()
g = top8()
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__)

# yield from a generator expression and range
def top9():
    yield from (i * i for i in range(4))
    yield from range(2)
print(list(top9()))

# the return value of yield from when the sub-generator returns nothing
def empty():
    return
    yield
def top10():
    r = yield from empty()
    print("empty returned", r)
    yield 0
print(list(top10()))
