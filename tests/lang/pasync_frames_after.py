# Frame objects and tracebacks that outlive the generator or coroutine they
# came from stay right while later generators run (and reuse memory).
import sys
import traceback


def frames():
    saved = []

    def g(tag):
        saved.append(sys._getframe())
        x = tag * 2
        yield x
        yield x + 1

    for t in range(5):
        for v in g(t):
            pass
    for f in saved:
        print(f.f_code.co_name, f.f_globals is globals())
    return saved


frames()


async def fails(n):
    if n % 3 == 0:
        raise ValueError("bad %d" % n)
    return n


async def wrapper(n):
    return await fails(n)


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return e


results = [run(wrapper(n)) for n in range(12)]
# many more coroutines in between
print(sum(run(wrapper(n)) for n in range(1, 300) if n % 3))
for r in results:
    if isinstance(r, Exception):
        tb = r.__traceback__
        names = []
        while tb is not None:
            names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
            tb = tb.tb_next
        print(type(r).__name__, r, names)
        summary = traceback.extract_tb(r.__traceback__)
        print([(fs.name, fs.line) for fs in summary])
    else:
        print(r)


# a generator's frame from gi_frame, kept past the end
def numbers():
    a = 1
    yield a
    b = 2
    yield b


g = numbers()
fr = g.gi_frame
print(fr.f_code.co_name, fr.f_lineno - fr.f_code.co_firstlineno)
print(list(g), g.gi_frame)
print(fr.f_code.co_name, fr.f_back)
others = [list(numbers()) for _ in range(50)]
print(others[-1], fr.f_code.co_name)


# exception raised in a generator, caught outside, its generator then collected
def thrower(k):
    yield k
    raise KeyError(k)


errs = []
for k in range(6):
    try:
        for _ in thrower(k):
            pass
    except KeyError as e:
        errs.append(e)
for e in errs:
    print(repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
