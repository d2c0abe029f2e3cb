# decimal contexts: getcontext, localcontext, traps and flags
import decimal
from decimal import Decimal, getcontext, setcontext, localcontext, Context

print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), getcontext().prec)
    with localcontext() as inner:
        inner.prec = 3
        inner.rounding = decimal.ROUND_DOWN
        print(Decimal(2) / Decimal(3))
    print(Decimal(2) / Decimal(3))
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext(prec=4) as c:
    print(Decimal('1.23456') + 0, c.prec)
c = Context(prec=6, rounding=decimal.ROUND_HALF_EVEN)
print(c.divide(Decimal(1), Decimal(3)), c.sqrt(Decimal(2)))
old = getcontext()
setcontext(Context(prec=10))
print(Decimal(1) / Decimal(3))
setcontext(old)
print(Decimal(1) / Decimal(3))
getcontext().clear_flags()
Decimal(1) / Decimal(3)
print(bool(getcontext().flags[decimal.Inexact]), bool(getcontext().flags[decimal.Rounded]))
with localcontext() as t:
    t.traps[decimal.Inexact] = True
    try:
        Decimal(1) / Decimal(3)
    except decimal.Inexact:
        print('Inexact trapped')
with localcontext() as t:
    t.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / Decimal(0))
print(decimal.BasicContext.prec, decimal.ExtendedContext.prec)
with localcontext(decimal.ExtendedContext):
    print(Decimal(1) / Decimal(0), Decimal(0) / Decimal(0))

import contextvars
def in_copy():
    getcontext().prec = 2
    return Decimal(10) / Decimal(3)
print(contextvars.copy_context().run(in_copy), Decimal(10) / Decimal(3))
