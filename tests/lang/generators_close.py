# generator.close(): GeneratorExit at the yield, finally blocks run.
def g1():
    try:
        yield 1
        yield 2
    finally:
        print("finally g1")

g = g1()
print(next(g))
print(g.close())
print(next(g, "done"))
g.close()

def g2():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

g = g2()
next(g)
g.close()

# ignoring GeneratorExit
def g3():
    try:
        yield 1
    except GeneratorExit:
        pass
    yield 2

g = g3()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def g3b():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            print("ignoring", n)
            if n > 1:
                return
g = g3b()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(g.gi_suspended, g.close(), g.gi_suspended)

# returning from GeneratorExit is fine
def g4():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = g4()
next(g)
print(g.close())

# raising another exception from close propagates
def g5():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
g = g5()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, type(e.__context__).__name__)

# closing an unstarted generator does not run it
def g6():
    print("never")
    yield 1
g = g6()
g.close()
print(list(g))

# with statement inside a generator: __exit__ sees GeneratorExit
class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return False
def g7():
    with CM():
        yield 1
        yield 2
g = g7()
next(g)
g.close()

# close inside a for loop with break
def g8():
    try:
        for i in range(10):
            yield i
    finally:
        print("g8 finally")
g = g8()
for x in g:
    if x == 2:
        break
g.close()
print("end")
