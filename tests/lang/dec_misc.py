# remainder_near, Context's copy_*/is_*/to_*_string forms, FloatOperation,
# capitals in str/repr, create_decimal's strictness, numbers registration.
import numbers
import _decimal as M
D, Context = M.Decimal, M.Context

c = Context(prec=5, traps=[])
for a, b in [('7', '3'), ('7', '4'), ('-7', '4'), ('10', '4'), ('10', '6'), ('1', '10'),
             ('0', '3'), ('3', '0'), ('0', '0'), ('Inf', '2'), ('2', 'Inf'), ('NaN', '1'),
             ('123456789', '2'), ('1E+10', '3'), ('3.5', '1'), ('-2.5', '1'), ('1E-10', '3')]:
    c.clear_flags()
    r = c.remainder_near(D(a), D(b))
    print(a, b, r, [s.__name__ for s in (M.InvalidOperation, M.DivisionImpossible)
                    if c.flags[M.InvalidOperation]])
print(D(10).remainder_near(6), D(10).remainder_near(D(4), c))

for x in ['1.5', '-0', 'NaN', '-sNaN', 'Inf', '0E+3']:
    d = D(x)
    print(x, c.is_finite(d), c.is_infinite(d), c.is_nan(d), c.is_qnan(d), c.is_snan(d),
          c.is_signed(d), c.is_zero(d), c.is_canonical(d), repr(c.canonical(d)),
          repr(c.copy_abs(d)), repr(c.copy_negate(d)), repr(c.copy_sign(d, -1)),
          repr(c.copy_decimal(d)), c.to_sci_string(d), c.to_eng_string(d))
print(c.is_zero(0), repr(c.copy_abs(-5)), c.to_sci_string(12345))
for f in [lambda: c.is_zero(1.5), lambda: c.canonical(1), lambda: c.copy_sign(1, 'x')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

# FloatOperation: flagged by construction and comparisons, trapped on demand
c = Context()
M.setcontext(c)
D(1.5)
print(c.flags[M.FloatOperation])
c.clear_flags()
print(D('1.5') == 1.5, c.flags[M.FloatOperation])
c.clear_flags()
print(D('1.5') < 2.5, c.flags[M.FloatOperation])
c.traps[M.FloatOperation] = True
for f in [lambda: D(1.5), lambda: D(1) < 1.5, lambda: D(1) == 1.5, lambda: D.from_float(0.5),
          lambda: c.create_decimal(0.5), lambda: c.create_decimal_from_float(0.5)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(M.FloatOperation, TypeError))

c = Context(capitals=0)
M.setcontext(c)
print(str(D('1E+100')), repr(D('-1.5E-20')), D('1E+100').to_eng_string())
M.setcontext(Context(prec=4, traps=[]))
c = M.getcontext()
print(repr(c.create_decimal(' 3.14')), repr(c.create_decimal('3.14\n')),
      repr(c.create_decimal('3.14159')), repr(c.create_decimal(D('-0.000012345'))),
      repr(c.create_decimal(123456)), repr(c.create_decimal()), repr(c.create_decimal('sNaN12')))
print(repr(c.create_decimal_from_float(0.1)), repr(c.create_decimal_from_float(-7)))
print(repr(c._apply(D('1.23456'))), repr(c._apply(D('NaN'))))
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(M.ROUND_UP is Context(rounding=M.ROUND_UP).rounding)
