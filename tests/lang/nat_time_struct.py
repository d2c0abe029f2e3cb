# time: struct_time, gmtime, asctime, strftime, mktime round trips (zone-independent parts).
import time

print(time.struct_time.__module__, time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, time._STRUCT_TM_ITEMS)
t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], tuple(t))
for secs in [0, 1, 86399.99, -1, -86400 * 365.25 * 70, 951782400, 1700000000.5, 2**31, 4102444800]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.asctime(g), time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %U %w %%', g))
print(time.gmtime(True), type(time.gmtime()).__name__, time.gmtime(None).tm_year > 2000)
s = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0))
print(s, s.tm_zone, s.tm_gmtoff, s == (2020, 1, 1, 0, 0, 0, 0, 1, 0))
s2 = time.struct_time((2020, 1, 1, 0, 0, 0, 0, 1, 0, 'UTC', 0))
print(s2.tm_zone, s2.tm_gmtoff)
print(time.asctime((2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime((12345, 7, 4, 1, 2, 3, 6, 185, 0)))
print(time.strftime('%Y %j %a', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('', (2020, 1, 1, 0, 0, 0, 0, 1, 0)) == '')
print(time.strftime('%d/%m/%y %I%p %M', (2021, 3, 9, 15, 7, 0, 1, 68, 0)))
print(time.strftime('x' * 3000, (2020, 1, 1, 0, 0, 0, 0, 1, 0)) == 'x' * 3000)
lt = time.localtime(1700000000)
print(time.mktime(lt), time.mktime(time.localtime(0)), type(time.mktime(lt)).__name__)
print(time.ctime(0) == time.asctime(time.localtime(0)), len(time.ctime()))
print(time.localtime(10**9).tm_year, time.localtime().tm_year >= 2024)
