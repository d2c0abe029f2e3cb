# generator/coroutine attributes: getsets say "is not writable", members
# (cr_origin, ag_running) say "readonly attribute", as CPython 3.11
import types

def gen():
    yield 1

async def coro():
    pass

async def agen():
    yield 1

g, c, a = gen(), coro(), agen()
for obj, names in [(g, ["gi_running", "gi_suspended", "gi_yieldfrom", "gi_code", "gi_frame"]),
                   (c, ["cr_running", "cr_suspended", "cr_await", "cr_code", "cr_frame", "cr_origin"]),
                   (a, ["ag_running", "ag_await", "ag_code", "ag_frame"])]:
    for name in names:
        for op in ("set", "del"):
            try:
                if op == "set":
                    setattr(obj, name, 42)
                else:
                    delattr(obj, name)
                print(name, op, "ok")
            except AttributeError as e:
                print(name, op, e)
print(g.gi_running, c.cr_running, a.ag_running)
g.__name__ = "renamed"
print(g.__name__)
c.close()
