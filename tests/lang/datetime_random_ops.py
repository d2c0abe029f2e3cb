# Seeded random arithmetic over the whole range of the types, compared
# with CPython: date/datetime +/- timedelta, differences, timedelta * / //
# % by ints and floats, round trips through ordinals, isoformat and pickle.
import pickle, random
from datetime import date, datetime, time, timedelta, timezone

rnd = random.Random(20241124)

def rdate():
    return date.fromordinal(rnd.randint(1, date.max.toordinal()))

def rdelta(scale):
    return timedelta(days=rnd.randint(-scale, scale), seconds=rnd.randint(-99999, 99999),
                     microseconds=rnd.randint(-2 * 10**6, 2 * 10**6))

def rtz():
    if rnd.random() < 0.3:
        return None
    return timezone(timedelta(minutes=rnd.randint(-1439, 1439)))

def rdt():
    d = rdate()
    return datetime(d.year, d.month, d.day, rnd.randint(0, 23), rnd.randint(0, 59), rnd.randint(0, 59),
                    rnd.choice([0, rnd.randint(0, 999999)]), tzinfo=rtz(), fold=rnd.randint(0, 1))

def run(f):
    try:
        return repr(f())
    except (OverflowError, ValueError, TypeError, ZeroDivisionError) as e:
        return '%s: %s' % (type(e).__name__, e)

for i in range(120):
    a, b = rdt(), rdt()
    d1 = rdelta(rnd.choice([1, 100, 10**6, 999999999]))
    n = rnd.choice([0, 1, -1, 3, 7, 1000, -86401, 10**9, rnd.randint(-10**6, 10**6)])
    f = rnd.choice([0.5, -0.25, 1e-7, 3.7, 1e9, -1e-3, rnd.uniform(-100, 100)])
    print(i, run(lambda: a + d1), run(lambda: a - d1), run(lambda: a - b), run(lambda: a < b), a == b)
    print(' ', run(lambda: d1 * n), run(lambda: d1 * f), run(lambda: d1 / f), run(lambda: d1 / n),
          run(lambda: d1 // n), run(lambda: d1 // rdelta(5)), run(lambda: d1 % rdelta(5)))
    x = a.date()
    print(' ', x.toordinal(), x.isocalendar(), x.weekday(), run(lambda: x + d1), a.isoformat(), str(d1))
    print(' ', datetime.fromisoformat(a.isoformat()) == a, pickle.loads(pickle.dumps(a, 4)) == a,
          hash(a) == hash(a.replace(fold=1 - a.fold)), run(lambda: a.astimezone(timezone.utc)),
          run(lambda: a.timetz().isoformat()), d1.total_seconds())
