# PEP 646: `*args: *Ts` evaluates the annotation as the one item of Ts
Ts = ("only",)
def f(*args: *Ts): pass
print(f.__annotations__)

class TVT:
    def __iter__(self):
        yield "unpacked"
def g(*args: *TVT(), **kw: int) -> None: pass
print(g.__annotations__)

for bad in [(), (1, 2), 5]:
    try:
        Ts = bad
        def h(*args: *Ts): pass
        print(h.__annotations__)
    except Exception as e:
        print(type(e).__name__, e)

src = "from __future__ import annotations\ndef k(*args: *Ts): pass\nprint(k.__annotations__)\n"
exec(src, {})
