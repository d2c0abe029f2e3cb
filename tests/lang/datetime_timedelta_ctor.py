# timedelta's constructor: normalisation, float components and their
# round-half-even, argument errors (CPython 3.11's _datetime).
from datetime import timedelta

def show(*a, **k):
    try:
        print(repr(timedelta(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show()
show(1, 2, 3)
show(-1)
show(seconds=-1)
show(microseconds=-1)
show(days=1, seconds=86400, microseconds=1000000)
show(weeks=1, days=-1, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001)
show(hours=1.5)
show(days=0.1)
show(seconds=0.5e-6)        # half a microsecond: rounds to even (0)
show(seconds=1.5e-6)        # rounds to 2
show(microseconds=0.5)
show(microseconds=1.5)
show(microseconds=-0.5)
show(microseconds=2.5, seconds=1)
show(days=-0.5, microseconds=0.4)
show(milliseconds=1/3)
show(minutes=1e-7)
show(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
show(days=999999999, seconds=86400)
show(days=-999999999)
show(days=-999999999, microseconds=-1)
show(days=10**9)
show(days=1e10)
show(days=10**20)
show(days=float('nan'))
show(days=float('inf'))
show(days='1')
show(seconds=None)
show(1, 2, 3, 4, 5, 6, 7, 8)
show(day=1)
show(1, days=1)
show(True)                  # bool is an int
print(timedelta.min, timedelta.max, timedelta.resolution, sep=' | ')
print(timedelta(days=3).days, timedelta(seconds=-1).seconds, timedelta(microseconds=-1).microseconds)
try:
    timedelta(1).days = 2
except AttributeError as e:
    print("AttributeError")
