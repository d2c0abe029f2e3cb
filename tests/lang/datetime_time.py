# datetime.time: construction, repr, isoformat, replace, comparisons,
# hashing, bool, strftime and format.
from datetime import time, timedelta, timezone

def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(time.min, time.max, time.resolution, sep=' | ')
for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((1, 2, 0, 4), {}),
                 ((1, 2), {'fold': 1}), ((1, 2), {'tzinfo': timezone.utc}), ((1, 2), {'tzinfo': timezone.utc, 'fold': 1}),
                 ((23, 59, 59, 999999), {'tzinfo': timezone(timedelta(hours=-5, seconds=-30))})]:
    t = time(*args, **kw)
    print(repr(t), str(t), t.isoformat(), [t.isoformat(s) for s in ('hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')])
    print('  ', t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname(), bool(t))
run(lambda: time(24))
run(lambda: time(-1))
run(lambda: time(0, 60))
run(lambda: time(0, 0, 60))
run(lambda: time(0, 0, 0, -1))
run(lambda: time(fold=-1))
run(lambda: time(tzinfo=1))
run(lambda: time(1.0))
run(lambda: time('1'))
run(lambda: time(1, 2, 3, 4, None, 5))
run(lambda: time(hour=5, second=7))
t = time(12, 30, 15, 500)
run(lambda: t.replace(hour=1))
run(lambda: t.replace(microsecond=0, tzinfo=timezone.utc))
run(lambda: t.replace(fold=1))
run(lambda: t.replace(minute=99))
run(lambda: t.replace(1, 2, 3, 4, None))
run(lambda: t.isoformat('x'))
run(lambda: t.isoformat(timespec='x'))
print(t < time(13), t == time(12, 30, 15, 500), t != t, t >= time(12, 30, 15, 501), t == t.replace(fold=1))
run(lambda: t < 5)
run(lambda: t == 5)
run(lambda: t + timedelta(1))
print(hash(t) == hash(time(12, 30, 15, 500)), hash(t) == hash(t.replace(fold=1)))
u = time(12, tzinfo=timezone.utc)
v = time(14, tzinfo=timezone(timedelta(hours=2)))
print(u == v, u <= v, hash(u) == hash(v))
run(lambda: u < time(12))
print(u == time(12), u != time(12))
print(t.strftime('%H:%M:%S.%f %p %%'), u.strftime('%z %Z %f'), format(t, '%I %M'), format(t), f'{u}')
run(lambda: t.strftime(5))
run(lambda: format(t, 5))
print(t.__reduce__(), u.__reduce__(), time(1, fold=1).__reduce_ex__(2), time(1, fold=1).__reduce_ex__(4))
print(repr(time(b'\x01\x02\x03\x00\x00\x04')), repr(time(b'\x81\x02\x03\x00\x00\x04', timezone.utc)))
print(repr(time('\x01\x02\x03\x00\x00\x04')))
run(lambda: time(b'\x01\x02\x03\x00\x00\x04', 5))
class T(time):
    pass
print(repr(T(1, 2)), type(T(1).replace(hour=2)).__name__, type(T.fromisoformat('01:02')).__name__)
