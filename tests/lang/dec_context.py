# decimal contexts: attributes and their validation, flags/traps as signal
# dicts, getcontext/setcontext/localcontext, the templates, the signals.
import _decimal as M
D, Context = M.Decimal, M.Context

c = Context()
print(repr(c))
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp)
print(repr(c.flags))
print(c.traps[M.Overflow], c.traps[M.Inexact], len(c.traps), list(c.traps)[:3])
print(dict(c.traps) == {s: s in (M.InvalidOperation, M.DivisionByZero, M.Overflow)
                        for s in c.traps})
for attr, v in [('prec', 0), ('prec', 'x'), ('prec', 2**70), ('Emin', 1), ('Emax', -1),
                ('capitals', 2), ('clamp', -1), ('rounding', 'x'), ('rounding', 1),
                ('foo', 1), ('flags', 3), ('traps', {M.Inexact: 1}), ('traps', ['x'])]:
    try:
        setattr(Context(), attr, v)
        print(attr, 'ok')
    except Exception as e:
        print(attr, type(e).__name__, e)
for bad in ['x', 1]:
    try:
        c.traps[bad]
    except KeyError as e:
        print('KeyError', e)
try:
    del c.traps[M.Overflow]
except ValueError as e:
    print('ValueError', e)
c.traps[M.Inexact] = 1
c.flags[M.Rounded] = True
print(repr(c))
c.clear_flags()
c.clear_traps()
print(repr(c))
print(repr(Context(prec=5, rounding=M.ROUND_UP, Emin=-9, Emax=9, capitals=0, clamp=1,
                   flags=[M.Inexact], traps=[M.Overflow, M.Rounded])))
print(repr(Context(3, M.ROUND_DOWN)))
for args, kw in [((1, 2, 3, 4, 5, 6, 7, 8, 9), {}), ((), {'foo': 1})]:
    try:
        Context(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
c = Context(prec=7)
print(c.Etiny(), c.Etop(), repr(c.radix()), repr(c.copy()), c.copy() is c)
print(c.__reduce__()[1])
print(repr(M.DefaultContext))
print(repr(M.BasicContext))
print(repr(M.ExtendedContext))

g = M.getcontext()
print(g is M.getcontext(), g is not M.DefaultContext, g.prec)
M.setcontext(Context(prec=9))
print(M.getcontext().prec)
M.setcontext(M.BasicContext)
print(M.getcontext() is M.BasicContext, M.getcontext().prec)
try:
    M.setcontext(1)
except TypeError as e:
    print('TypeError', e)
M.setcontext(Context())
with M.localcontext() as l:
    l.prec = 3
    print(M.getcontext().prec, l is M.getcontext())
print(M.getcontext().prec)
with M.localcontext(Context(prec=11)) as l:
    print(l.prec)
with M.localcontext(prec=4, rounding=M.ROUND_FLOOR) as l:
    print(l.prec, l.rounding)
for kw in [{'foo': 1}, {'prec': 'x'}]:
    try:
        with M.localcontext(**kw):
            pass
    except Exception as e:
        print(type(e).__name__, e)

for name in ['DecimalException', 'Clamped', 'InvalidOperation', 'ConversionSyntax',
             'DivisionByZero', 'DivisionImpossible', 'DivisionUndefined', 'Inexact',
             'InvalidContext', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
             'FloatOperation']:
    cls = getattr(M, name)
    print(name, [b.__name__ for b in cls.__mro__], cls.__module__)
print(M.MAX_PREC, M.MAX_EMAX, M.MIN_EMIN, M.MIN_ETINY, M.ROUND_HALF_EVEN, M.ROUND_05UP)

# an untrapped InvalidOperation gives NaN and sets the flag
c = Context(traps=[])
print(repr(D('xyz', c)), c.flags[M.InvalidOperation])
with M.localcontext(Context(traps=[])) as l:
    print(D('NaN') < 1, l.flags[M.InvalidOperation])
try:
    D('1', 5)
except TypeError as e:
    print('TypeError', e)
