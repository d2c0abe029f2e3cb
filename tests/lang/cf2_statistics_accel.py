# _statistics._normal_dist_inv_cdf (AS241), as statistics.NormalDist uses it
import _statistics as s
import statistics

f = s._normal_dist_inv_cdf
print(f.__module__, f.__name__, f.__text_signature__, repr(s.__doc__))
for args in [(0.3, 1, 2), (0.5, 0, 1), (0.025, 0, 1), (0.975, 100, 15), (0.1, -3, 0.5),
             (1e-300, 0, 1), (1 - 1e-16, 0, 1), (0.07, 0, 1), (0.93, 0, 1), (0.426 + 0.5, 2, 3),
             (0.3, float('nan'), 1), (float('nan'), 0, 1), (0.3, 1, 0), (0.3, 1, -1),
             (1.0, 1, 2), (0.0, 1, 2), (True, 1, 2), (0.25, 1, 2.5)]:
    try:
        print(args, repr(f(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for bad in [("a", 1, 2), (1, 2), ()]:
    try:
        f(*bad)
    except TypeError as e:
        print(e)
try:
    f(p=0.3, mu=1, sigma=2)
except TypeError as e:
    print(e)
nd = statistics.NormalDist(100, 15)
print([round(nd.inv_cdf(p), 12) for p in (0.01, 0.2, 0.5, 0.8, 0.99)])
print(statistics.NormalDist(0, 1).quantiles(n=4))
