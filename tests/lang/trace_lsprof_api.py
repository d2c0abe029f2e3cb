# _lsprof.Profiler directly: getstats() entries and sub-entries, builtins
# and subcalls flags, clear(), a custom timer, sys.getprofile() while
# enabled, and subclassing (as cProfile.Profile does).
import _lsprof
import sys

def leaf(x):
    return abs(x)

def work():
    return [leaf(-i) for i in range(3)] + sorted([3, 1])

def label(code):
    return code if isinstance(code, str) else code.co_name

def show(p):
    rows = []
    for e in p.getstats():
        calls = sorted((label(s.code), s.callcount, s.reccallcount) for s in (e.calls or []))
        rows.append((label(e.code), e.callcount, e.reccallcount, calls))
    for r in sorted(rows):
        print(*r)
    print('--')

p = _lsprof.Profiler()
p.enable()
print(sys.getprofile() is p)
work()
p.disable()
print(sys.getprofile())
show(p)
e = p.getstats()[0]
print(type(e).__name__, len(e), type(e.totaltime).__name__, e.totaltime >= e.inlinetime >= 0)

p = _lsprof.Profiler(builtins=False)
p.enable()
work()
p.disable()
show(p)

p = _lsprof.Profiler(subcalls=False)
p.enable(subcalls=False)
work()
p.disable()
show(p)
p.clear()
print(p.getstats())

ticks = iter(range(1000))
p = _lsprof.Profiler(lambda: next(ticks), 0.5)
p.enable()
leaf(1)
p.disable()
print(sorted((label(e.code), e.totaltime) for e in p.getstats()))

class Sub(_lsprof.Profiler):
    def run(self, f):
        self.enable()
        try:
            return f()
        finally:
            self.disable()

s = Sub()
s.extra = 'x'
print(s.run(work), s.extra, isinstance(s, _lsprof.Profiler))
show(s)
try:
    _lsprof.Profiler(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError', e)
