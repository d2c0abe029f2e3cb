# Local time (TZ set to America/New_York): fromtimestamp's fold in the
# repeated hour, timestamp() of the gap and the fold (PEP 495),
# astimezone() to the local zone, utcfromtimestamp.
import os, time
os.environ['TZ'] = 'America/New_York'
time.tzset()
from datetime import datetime, timedelta, timezone, date

def run(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# 2021-11-07 01:30 happens twice (EDT then EST); 2021-03-14 02:30 never happens
for ts in (1636263000, 1636266600, 1636270200, 1615703400, 1615705200, 0, -1, 1e9 + 0.5, 1e9 + 0.0000005,
           1e9 + 0.0000015, -0.5, 86399.9999996):
    r = datetime.fromtimestamp(ts)
    print(ts, repr(r), r.fold, repr(datetime.utcfromtimestamp(ts)), r.timestamp() == ts)
for fold in (0, 1):
    a = datetime(2021, 11, 7, 1, 30, fold=fold)
    g = datetime(2021, 3, 14, 2, 30, fold=fold)
    print(fold, a.timestamp(), g.timestamp(), repr(a.astimezone()), repr(g.astimezone()), a.astimezone().tzname())
print(repr(datetime(2000, 6, 1, 12).astimezone(timezone.utc)), repr(datetime(2000, 1, 1, 12).astimezone(timezone.utc)))
print(repr(datetime(2000, 6, 1, 12, tzinfo=timezone.utc).astimezone()))
print(datetime(2000, 1, 1).timestamp(), datetime(1970, 1, 1).timestamp())
print(repr(datetime.fromtimestamp(1636263000, timezone.utc)), repr(datetime.fromtimestamp(1636263000, tz=timezone(timedelta(hours=3)))))
print(date.fromtimestamp(1636263000), date.fromtimestamp(-86400.5))
run(lambda: datetime.fromtimestamp(float('nan')))
run(lambda: datetime.fromtimestamp(1e20))
run(lambda: datetime.fromtimestamp(10**30))
run(lambda: datetime.utcfromtimestamp(-10**12))
run(lambda: datetime.fromtimestamp('1'))
run(lambda: datetime.fromtimestamp(0, 5))
run(lambda: datetime.now(5))
n = datetime.now()
u = datetime.utcnow()
print(type(n).__name__, n.tzinfo, abs((n - datetime.fromtimestamp(time.time())).total_seconds()) < 5,
      abs((u - datetime.utcfromtimestamp(time.time())).total_seconds()) < 5,
      datetime.now(timezone.utc).tzinfo is timezone.utc)
print(datetime(2021, 11, 7, 1, 30) == datetime(2021, 11, 7, 1, 30, fold=1))
