# math.gamma and math.lgamma: CPython's own Lanczos sum, so every digit matches.
import math

xs = [0.5, 1.5, 2.5, 3.0, 4.0, 10.0, 22.0, 23.0, 24.0, 30.5, 100.25, 141.0, 150.5, 170.5,
      171.5, -0.5, -1.5, -2.5, -10.25, -100.5, -150.5, -170.9, -200.5, -250.5, 1e-21, -1e-21,
      1e-10, 5.5, 6.0, 7.1, 0.1, 0.9, 1.1, 1.9]
for x in xs:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(x, out)
for x in [0.0, -0.0, -1.0, -2.0, 1.0, 2.0, float('inf'), float('-inf'), float('nan'), 172.0, 1e308]:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(x, out)
print(math.gamma(5), math.lgamma(True), math.gamma(2**0.5))
