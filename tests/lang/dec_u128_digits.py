# Products of word coefficients (128-bit, up to 39 digits): their digit
# count decides the rounding (set_u128, u128_digits) at prec 19 and 60.
from decimal import Decimal as D, getcontext
import hashlib, random
random.seed(5)
getcontext().prec = 60
out = []
for k in range(1, 40):
    for v in (10**k - 1, 10**k, 10**k + 1, 2**64 + k, 2**(64 + k) - 1):
        a = random.randrange(1, 2**64)
        b = v // a if v >= a else 1
        for x, y in ((a, b), (2**64 - 1, 2**64 - 1), (10**19 - 1, 10**19 - 1), (10**19, 10**19 - 1)):
            for prec in (60, 19):
                getcontext().prec = prec
                r = D(x) * D(y)
                out.append("%s %d" % (r, r.adjusted()))
getcontext().prec = 60
print(len(out), hashlib.sha256("\n".join(out).encode()).hexdigest())
for o in out[::97]:
    print(o)
