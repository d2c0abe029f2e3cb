# Argument checking and context handling at the edges of the Decimal and
# Context API: keywords refused, Context.to_*_string with its own
# capitals, localcontext(ctx=...), create_decimal's stricter syntax and
# NaN payloads, exact construction's exponent range, undeletable context
# attributes, __sizeof__.
import sys
import decimal
from decimal import Decimal as D, Context

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

c = Context(capitals=0)
for f in [lambda: D(1).adjusted(context=None), lambda: D(1).conjugate(context=1),
          lambda: D(1).radix(x=1), lambda: D(1).is_nan(context=1),
          lambda: D(1).is_canonical(context=c), lambda: Context().copy(x=1),
          lambda: D(1).as_tuple(a=1), lambda: D.from_float(1.5, context=c),
          lambda: D(1).canonical(), lambda: D(1).conjugate(),
          lambda: D(2).sqrt(Context(), Context()), lambda: D(2).max(1, Context(), 5),
          lambda: c.to_sci_string(D('1e222')), lambda: c.to_eng_string(D('1e222')),
          lambda: c.to_sci_string(5), lambda: c.is_canonical(D(2)), lambda: c.is_canonical(2),
          lambda: D('1E+7').to_eng_string(context=c), lambda: D(1).to_eng_string(context='x'),
          lambda: Context().apply]:
    show(f)

with decimal.localcontext(ctx=None) as lc:
    print(lc.prec)
with decimal.localcontext(None, prec=5) as lc:
    print(lc.prec)
with decimal.localcontext(prec=7, ctx=Context(prec=3)) as lc:
    print(lc.prec)
show(lambda: decimal.localcontext(Context(), ctx=None))
show(lambda: decimal.localcontext(x=1))

c = Context(prec=4, traps=[])
for s in ['NaN12345', 'NaN1234', 'sNaN123456', '-NaN99999', '1_000', ' 1', 'NaN', '1_0']:
    c.clear_flags()
    print(s, c.create_decimal(s), c.flags[decimal.InvalidOperation], D(s) if '_' in s else '')
print(Context(prec=4, clamp=1, traps=[]).create_decimal('NaN1234'))

c = Context(prec=9, traps=[])
for x in [(1, (), sys.maxsize), (0, (), -sys.maxsize - 1), (1, (), 999999999999999999),
          (0, (1,), 10**18 - 1), (0, (1, 2), 10**18 - 1), (1, (0, 1, 2), sys.maxsize),
          (0, (1,), -1999999999999999997), (0, (1,), -1999999999999999998),
          '1E+999999999999999999', '12E+999999999999999999', '1E-1999999999999999998',
          '1E-1999999999999999999', '0E+1000000000000000000']:
    show(lambda: D(x))
    c.clear_flags()
    print(D(x, c), c.flags[decimal.InvalidOperation], c.create_decimal(x))

for a in ['prec', 'Emax', 'Emin', 'rounding', 'capitals', 'clamp', 'flags', 'traps']:
    show(lambda: delattr(Context(), a))
print(D(0).__sizeof__(), D('NaN').__sizeof__(), D(10**100).__sizeof__() > D(1).__sizeof__())

# exponents at the ends of the int64 range, rounded into a context
for r in [decimal.ROUND_HALF_EVEN, decimal.ROUND_UP, decimal.ROUND_CEILING,
          decimal.ROUND_FLOOR, decimal.ROUND_05UP, decimal.ROUND_DOWN]:
    c = Context(prec=9, traps=[], rounding=r)
    for x in [(1, (0, 1, 2), -sys.maxsize - 1), (0, (5,), -sys.maxsize - 1),
              (0, (1, 2), sys.maxsize), (1, (0,), sys.maxsize), (0, (9,), -sys.maxsize)]:
        c.clear_flags()
        print(r, c.create_decimal(x), sorted(k.__name__ for k, v in c.flags.items() if v))
