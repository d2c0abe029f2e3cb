# cr_frame / ag_frame / gi_frame: frame objects of suspended generator-likes.
class Pause:
    def __await__(self):
        yield

async def co(a, b=2):
    x = a + b
    await Pause()
    y = x * 2
    await Pause()
    return y

c = co(1)
f = c.cr_frame
print(type(f).__name__, f.f_code.co_name, f.f_back, sorted(f.f_locals))
c.send(None)
f = c.cr_frame
print(f.f_lineno, f.f_locals, f.f_back)
c.send(None)
print(c.cr_frame.f_lineno, c.cr_frame.f_locals)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, c.cr_frame)

async def ag():
    z = 1
    yield z
g = ag()
print(g.ag_frame.f_code.co_name)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print(e.value, g.ag_frame.f_lineno, g.ag_frame.f_locals)

def gen():
    import sys
    yield sys._getframe().f_back is None
    yield sys._getframe().f_back.f_code.co_name
gg = gen()
print(next(gg))
def caller():
    return next(gg)
print(caller(), gg.gi_frame.f_back)
