# time.strftime: every common directive on several dates (zone-independent ones).
import time

dates = [(2000, 1, 1, 0, 0, 0, 5, 1, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0),
         (2024, 2, 29, 12, 30, 5, 3, 60, 0), (1970, 7, 4, 9, 8, 7, 5, 185, 0),
         (2038, 1, 19, 3, 14, 7, 1, 19, 0), (1900, 3, 1, 13, 0, 0, 3, 60, 0)]
for d in dates:
    print(time.strftime('%a %A %b %B %d %e %H %I %j %m %M %p %S %u %w %y %Y %C %G %g %V %U %W %%', d))
    print(time.strftime('%D %F %R %T %h %n%t|', d))
g = time.gmtime(1234567890)
print(time.strftime('%c | %x | %X', g))
print(time.strftime('%Y-%m-%dT%H:%M:%S', g), time.strftime('%s' if False else '%%s', g))
print(time.strftime('%Y', (5, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y', (12345, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('naïve %d €', (2020, 5, 6, 0, 0, 0, 0, 127, 0)))
print(time.strftime('%H:%M', (2020, 5, 6, 0, 0, 61, 0, 127, 0)))
