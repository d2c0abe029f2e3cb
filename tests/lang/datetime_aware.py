# Aware datetimes and times: timezone, tzinfo subclasses, offset checks,
# mixed naive/aware errors, astimezone with fixed zones, fromutc.
from datetime import datetime, time, timedelta, timezone, tzinfo

def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Fixed(tzinfo):
    def __init__(self, minutes, name, dst=0):
        self.off = timedelta(minutes=minutes)
        self.name = name
        self.d = timedelta(minutes=dst)
    def utcoffset(self, dt): return self.off
    def tzname(self, dt): return self.name
    def dst(self, dt): return self.d
    def __repr__(self): return 'Fixed(%s)' % self.name

class Bad(tzinfo):
    def __init__(self, v): self.v = v
    def utcoffset(self, dt): return self.v
    def dst(self, dt): return self.v
    def tzname(self, dt): return self.v

est, cet = Fixed(-300, 'EST'), Fixed(60, 'CET', 0)
a = datetime(2000, 1, 1, 12, tzinfo=est)
b = datetime(2000, 1, 1, 18, tzinfo=cet)
print(repr(a), a, a.utcoffset(), a.tzname(), a.dst(), a.isoformat())
print(a == b, a < b, a - b, b - a, hash(a) == hash(b))
print(a.astimezone(cet), a.astimezone(timezone.utc), repr(b.astimezone(timezone(timedelta(hours=-8)))))
print(a.astimezone(est) is a, a.utctimetuple(), a.timetuple(), a.timestamp())
run(lambda: a - datetime(2000, 1, 1))
run(lambda: a < datetime(2000, 1, 1))
print(a == datetime(2000, 1, 1, 12), a != datetime(2000, 1, 1, 12))
for v in (timedelta(hours=24), timedelta(hours=-24), timedelta(hours=23, minutes=59), 5, 'x', None, timedelta(microseconds=1)):
    bad = datetime(2000, 1, 1, tzinfo=Bad(v))
    run(lambda: bad.utcoffset())
    run(lambda: bad.dst())
    run(lambda: bad.tzname())
    run(lambda: bad.isoformat())
    run(lambda: time(1, tzinfo=Bad(v)).utcoffset())
run(lambda: tzinfo().utcoffset(None))
run(lambda: tzinfo().dst(None))
run(lambda: tzinfo().tzname(None))
run(lambda: datetime(2000, 1, 1, tzinfo=tzinfo()).utcoffset())
run(lambda: est.fromutc(datetime(2000, 1, 1)))
run(lambda: est.fromutc(datetime(2000, 1, 1, tzinfo=cet)))
run(lambda: est.fromutc(5))
run(lambda: est.fromutc(datetime(2000, 1, 1, tzinfo=est)))
run(lambda: Fixed(60, 'X', 30).fromutc(datetime(2000, 1, 1, tzinfo=None)))
# timezone
for z in (timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'UTC'), timezone(timedelta(hours=5, minutes=30)),
          timezone(-timedelta(hours=5), 'EST'), timezone(timedelta(seconds=1)), timezone(timedelta(microseconds=-1)),
          timezone.min, timezone.max):
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None), z.__getinitargs__(), z.__reduce__())
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), 'x'), timezone.utc != 5)
print(hash(timezone.utc) == hash(timezone(timedelta(0), 'Z')))
run(lambda: timezone(timedelta(hours=24)))
run(lambda: timezone(timedelta(hours=-24)))
run(lambda: timezone(5))
run(lambda: timezone(timedelta(0), 5))
run(lambda: timezone(offset=timedelta(1/3), name='a'))
run(lambda: timezone.utc.utcoffset(5))
run(lambda: timezone.utc.fromutc(5))
run(lambda: timezone.utc.fromutc(datetime(2000, 1, 1)))
run(lambda: timezone.utc.fromutc(datetime(2000, 1, 1, tzinfo=timezone(timedelta(0), 'x'))))
z = timezone(timedelta(hours=2))
run(lambda: z.fromutc(datetime(2000, 1, 1, 23, tzinfo=z)))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print('TypeError', e)
# time with tzinfo
t1, t2 = time(12, tzinfo=est), time(18, tzinfo=cet)
print(repr(t1), t1, t1.utcoffset(), t1.tzname(), t1 == t2, t1 < t2, hash(t1) == hash(t2))
run(lambda: time(1) < time(1, tzinfo=est))
print(time(1) == time(1, tzinfo=est))
