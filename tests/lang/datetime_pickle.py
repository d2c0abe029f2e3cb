# Pickling: the byte states of CPython's C implementation, round trips at
# every protocol, and unpickling of pickles made by CPython.
import pickle, copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class FixedTZ(tzinfo):
    def __init__(self, minutes=0, name='F'):
        self.m, self.name = minutes, name
    def utcoffset(self, dt): return timedelta(minutes=self.m)
    def tzname(self, dt): return self.name
    def dst(self, dt): return timedelta(0)
    def __repr__(self): return 'FixedTZ(%d, %r)' % (self.m, self.name)

objs = [timedelta(1, 2, 3), timedelta(-5), date(2004, 2, 29), date(1, 1, 1), date(9999, 12, 31),
        datetime(2004, 2, 29, 1, 2, 3, 400000), datetime(2004, 2, 29, fold=1), datetime(2000, 1, 1, tzinfo=timezone.utc),
        datetime(2000, 1, 1, 5, tzinfo=FixedTZ(90, 'X')), time(1, 2, 3, 4), time(23, fold=1),
        time(5, tzinfo=timezone(timedelta(hours=-3), 'Q')), timezone.utc, timezone(timedelta(minutes=-90)),
        timezone(timedelta(hours=1), 'one'), FixedTZ(30, 'half'), date(2019, 1, 1).isocalendar()]
for o in objs:
    print(repr(o), o.__reduce_ex__(2))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        r = pickle.loads(pickle.dumps(o, proto))
        same = (r == o) if not isinstance(o, tzinfo) or isinstance(o, timezone) else repr(r) == repr(o)
        fold = getattr(r, 'fold', None) == getattr(o, 'fold', None)
        print('  ', proto, type(r).__name__, same, fold)
    print('  copy', copy.copy(o) == o or isinstance(o, FixedTZ), copy.deepcopy(o) == o or isinstance(o, FixedTZ))

# pickles written by CPython 3.11 (protocol 2 and 4)
cp = [b'\x80\x02cdatetime\ndatetime\nq\x00c_codecs\nencode\nq\x01X\x0c\x00\x00\x00\x07\xc3\x94\x02\x1d\x01\x02\x03\x06\x1a\xc2\x80q\x02X\x06\x00\x00\x00latin1q\x03\x86q\x04Rq\x05\x85q\x06Rq\x07.',
      b'\x80\x04\x95W\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x08datetime\x94\x93\x94C\n\x07\xd4\x82\x1d\x01\x02\x03\x06\x1a\x80\x94h\x00\x8c\x08timezone\x94\x93\x94h\x00\x8c\ttimedelta\x94\x93\x94K\x00K\x00K\x00\x87\x94R\x94\x85\x94R\x94\x86\x94R\x94.',
      b'\x80\x04\x95"\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04time\x94\x93\x94C\x06\x81\x02\x03\x00\x00\x04\x94\x85\x94R\x94.',
      b'\x80\x04\x95$\x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\ttimedelta\x94\x93\x94K\x01K\x02K\x03\x87\x94R\x94.',
      b'cdatetime\ndate\np0\n(c_codecs\nencode\np1\n(V\x07\xd0\x01\x01\np2\nVlatin1\np3\ntp4\nRp5\ntp6\nRp7\n.',
      b'\x80\x03cdatetime\ntimezone\nq\x00cdatetime\ntimedelta\nq\x01K\x00M\x10\x0eK\x00\x87q\x02Rq\x03X\x01\x00\x00\x00xq\x04\x86q\x05Rq\x06.']
for p in cp:
    r = pickle.loads(p)
    print(repr(r), getattr(r, 'fold', '-'))
class D(date):
    pass
d = pickle.loads(pickle.dumps(D(2000, 1, 2)))
print(type(d).__name__, d)
print(pickle.loads(pickle.dumps(date(2019, 1, 1).isocalendar())).__class__.__name__)
