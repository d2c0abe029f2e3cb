# Generators: yield, send, yield from, generator expressions, return values.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(5)), sum(count(101)))
def fibg():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fibg()
print([next(g) for _ in range(10)])
print(sum(x * x for x in range(10)), list(x for x in "abc" if x != "b"))
def echo():
    r = yield "ready"
    while True:
        r = yield f"got {r}"
e = echo()
print(next(e), e.send(1), e.send("two"))
def delegate():
    yield from range(3)
    yield from count(2)
print(list(delegate()))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in with_finally():
    print(v)
def raiser():
    yield 1
    raise ValueError("in gen")
try:
    for v in raiser():
        print(v)
except ValueError as ex:
    print("caught", ex)
def ret():
    yield 1
    return 5
it = ret()
next(it)
try:
    next(it)
except StopIteration as s:
    print("stop", s.value)
print(type(count(1)).__name__, max(len(w) for w in ["a", "abc"]), dict((k, 1) for k in "xy"))
def nested(n):
    for i in range(n):
        yield from count(i)
print(list(nested(4)))
def caller_in_gen():
    for i in range(3):
        yield len([i] * i) + abs(-i)
print(list(caller_in_gen()))
