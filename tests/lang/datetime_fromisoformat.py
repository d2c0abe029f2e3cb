# datetime.fromisoformat and time.fromisoformat: Python 3.11's extended
# ISO 8601 grammar, the round trip of isoformat(), and the rejections.
from datetime import datetime, time, timedelta, timezone

def run(f, s):
    try:
        print(repr(s), '->', repr(f(s)))
    except Exception as e:
        print(repr(s), '->', type(e).__name__, e)

for s in ['2000-01-01', '2000-01-01T12', '2000-01-01T1230', '2000-01-01T12:30', '2000-01-01T12:30:45',
          '2000-01-01T123045', '2000-01-01T12:30:45.1', '2000-01-01T12:30:45.12345', '2000-01-01T12:30:45.1234567',
          '2000-01-01T12:30:45,5', '2000-01-01 12:30', '2000-01-01x12:30', '2000-01-01\u00e912:30',
          '2000-01-01T12:30+01', '2000-01-01T12:30+0130', '2000-01-01T12:30-01:30:15', '2000-01-01T12:30Z',
          '2000-01-01T12:30:45.5+05:30:10.5', '2000-01-01T12:30:45.+01', '2000-01-01T12:30:45.123-02',
          '2000-W01-2T10', '2000W012T10:00', '2000-W01T10', '2000W01T10', '20000101T000000', '2000-W01-2-10:00',
          '2000-01-01T24:00', '2000-01-01T25:00', '2000-01-01T12:60', '2000-01-01T', '2000-01-01T12:30Zx',
          '2000-01-01T12:30+', '2000-01-01T12:3', '2000-01-01T12:30:4', '2000-01-01T12:30:45.', '2000-01-01T1:30',
          '2000-01-01T12:30:45+24:00', '2000-01-01T12.5', '2000-13-01T00:00', '2000-02-30', '2000-01-01T12:30:45Z ',
          '2000', '', 'abcdefghij', '2000-01-01T12:30\ud800']:
    run(datetime.fromisoformat, s)
for s in ['12', '1230', '12:30', '12:30:45', '123045', '12:30:45.5Z', 'T12:30', '12:30+0100', '24:00',
          '12:30:45.123-02', '12:30:45,123456789', '', 'T', '12:', '1', '12:30:45 ', '12:30:45+01:00:00.5',
          '12:30:45-00:00']:
    run(time.fromisoformat, s)
for v in [datetime(2000, 1, 1), datetime(2000, 1, 1, 1, 2, 3, 4), datetime(2000, 1, 1, 1, 2, 3, 4, timezone.utc),
          datetime(9999, 12, 31, 23, 59, 59, 999999, timezone(timedelta(hours=-23, minutes=-59, seconds=-59, microseconds=-999999)))]:
    for sep in 'T ':
        for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
            s = v.isoformat(sep, spec)
            print(s, datetime.fromisoformat(s) == v.replace(microsecond=v.microsecond if spec in ('auto', 'microseconds') else
                                                            v.microsecond // 1000 * 1000 if spec == 'milliseconds' else 0,
                                                            second=v.second if spec not in ('hours', 'minutes') else 0,
                                                            minute=v.minute if spec != 'hours' else 0))
run(datetime.fromisoformat, 5)
run(time.fromisoformat, None)

class DT(datetime):
    pass
r = DT.fromisoformat('2000-01-01T01:02:03+04:00')
print(type(r).__name__, repr(r))
