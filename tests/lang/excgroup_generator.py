# except* handlers that yield; the handled exception survives suspension.
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield ("in ValueError clause", repr(e))
        yield "still in clause"
    except* TypeError as e:
        yield ("in TypeError clause", repr(e))
        raise KeyError("from generator")

g = gen()
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except ExceptionGroup as eg:
    print("raised:", repr(eg))
    print("context:", repr(eg.exceptions[0].__context__))

# the consumer handling its own exception between resumptions
def gen2():
    try:
        raise ExceptionGroup("h", [OSError("io")])
    except* OSError:
        yield 1
        raise RuntimeError("after resume")

g2 = gen2()
next(g2)
try:
    raise ValueError("consumer's own")
except ValueError:
    try:
        next(g2)
    except ExceptionGroup as e:
        print(repr(e), repr(e.exceptions[0].__context__))
