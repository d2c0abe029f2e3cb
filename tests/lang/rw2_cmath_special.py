# cmath on a grid of zeros, tiny, huge, infinite and NaN parts: values to
# the bit (repr), signs of zeros, and which inputs raise ValueError/OverflowError.
import cmath, math
inf, nan = math.inf, math.nan
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-310, 1e300, -1e300, 1e160, inf, -inf, nan]
names = ['sqrt','exp','log','log10','cos','sin','tan','cosh','sinh','tanh','acos','asin','atan','acosh','asinh','atanh','phase','polar','isnan','isinf','isfinite']
for n in names:
    f = getattr(cmath, n)
    for a in vals:
        for b in vals:
            z = complex(a, b)
            try:
                r = f(z)
            except Exception as e:
                r = type(e).__name__
            print(n, repr(z), r)
for a in vals:
    for b in vals:
        try: r = cmath.rect(a, b)
        except Exception as e: r = type(e).__name__
        print('rect', a, b, r)
