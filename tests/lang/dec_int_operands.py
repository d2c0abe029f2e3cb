# Decimal operators with int operands (a small int is read from the C
# stack, a big one converted) and coefficients moving between a machine
# word and GMP (they share memory in krait's Dec), under several
# precisions and rounding modes, with the flags each operation raises.
import decimal
from decimal import Decimal as D

ints = [0, -1, 7, 2 ** 47 - 1, -(2 ** 64) - 1, 10 ** 30 + 3, True]
decs = [D("-0"), D("1.5"), D("-2.25"), D("123456789012345678901234567890.5"),
        D("18446744073709551616"), D("-7E-20"), D("-Infinity"), D("NaN")]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b)]

for prec, rounding in [(9, decimal.ROUND_HALF_EVEN), (19, decimal.ROUND_DOWN),
                       (40, decimal.ROUND_CEILING)]:
    ctx = decimal.Context(prec=prec, rounding=rounding, traps=[])
    decimal.setcontext(ctx)
    print("prec", prec, rounding)
    for d in decs:
        row = []
        for i in ints:
            for name, f in ops:
                ctx.clear_flags()
                for a, b in ((d, i), (i, d)):
                    try:
                        r = f(a, b)
                    except Exception as e:
                        r = type(e).__name__
                    row.append(str(r))
                row.append("".join(sorted(k.__name__[0:3] for k, v in ctx.flags.items() if v)))
        print(d, " ".join(row))

# A big coefficient rounded into a word, and back out.
decimal.setcontext(decimal.Context(prec=50))
x = D(2 ** 100)
for k in range(6):
    y = x * 3 - 7
    z = +y
    decimal.getcontext().prec = 10 + 8 * k
    print(k, y, z, +z, z + 1, (z * 10 ** 20) // 7, z.quantize(D("1E+20")))
    x = y
print(D(5) + 3, 3 - D(5), True * D("2.5"), D("2.5") * False, -4 // D(3), -4 % D(3))
try:
    D(1) / 0
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
