# Pseudo-random Decimal arithmetic across precisions, exponents and
# rounding modes (the word, 128-bit and GMP paths), checked in bulk.
import _decimal as M
D, Context = M.Decimal, M.Context

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 17) % n

def value():
    digits = rnd(40) + 1
    coef = ''.join(str(rnd(10)) for _ in range(digits))
    return D('%s%sE%d' % ('-' if rnd(3) == 0 else '', coef, rnd(60) - 30))

ROUNDINGS = [M.ROUND_UP, M.ROUND_DOWN, M.ROUND_CEILING, M.ROUND_FLOOR, M.ROUND_HALF_UP,
             M.ROUND_HALF_DOWN, M.ROUND_HALF_EVEN, M.ROUND_05UP]
SIGS = [M.InvalidOperation, M.DivisionByZero, M.Overflow, M.Underflow, M.Subnormal,
        M.Inexact, M.Rounded, M.Clamped]
lines = []
for i in range(3000):
    c = Context(prec=rnd(38) + 1, rounding=ROUNDINGS[rnd(8)], Emin=-rnd(80) - 1,
                Emax=rnd(80) + 1, clamp=rnd(2), traps=[])
    a, b = value(), value()
    out = []
    for f in (c.add, c.subtract, c.multiply, c.divide, c.divide_int, c.remainder,
              c.quantize, c.compare, c.max):
        c.clear_flags()
        r = f(a, b)
        out.append('%s:%s' % (r, ''.join(s.__name__[:2] for s in SIGS if c.flags[s])))
    for f in (c.plus, c.sqrt, c.normalize, c.next_plus, c.to_integral_exact):
        c.clear_flags()
        r = f(a)
        out.append('%s:%s' % (r, ''.join(s.__name__[:2] for s in SIGS if c.flags[s])))
    lines.append(' '.join(out))
import hashlib
print(hashlib.sha256('\n'.join(lines).encode()).hexdigest())
for l in lines[:40]:
    print(l)
bad = 0
for i, l in enumerate(lines):
    if i % 50 == 0:
        print(i, l[:160])
