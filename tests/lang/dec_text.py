# str, repr, to_eng_string and as_tuple of Decimals across notations.
import _decimal as M
D = M.Decimal

cases = ['0', '-0', '0.00', '0E+3', '0E-8', '0E+1', '0E+2', '0E-1', '0E-2', '-0E+5',
         '1', '-1', '12.5', '1E+1', '1E+2', '1E+3', '1.5E+4', '123E+5', '1234E-2',
         '1E-6', '1E-7', '0.0000012', '12E-8', '123.456E-7', '-1.23E-9',
         '1234567890123456789012345678901234567890E+10', '5E-1000', '7E+999',
         '123456E-11', '1E+100', '12E+4', '0.1E-6', '1000000', '100E-5',
         'Infinity', '-Infinity', 'NaN', '-NaN', 'NaN42', 'sNaN', '-sNaN001']
for s in cases:
    d = D(s)
    print(s, '|', str(d), '|', repr(d), '|', d.to_eng_string(), '|', d.as_tuple())

t = D('-1.20').as_tuple()
print(t.sign, t.digits, t.exponent, type(t).__name__, t._fields)
print(D('1.20').to_eng_string(None), D('1.20').to_eng_string(context=None))
print(str(D(2**80)), str(D(-2**80)), D(2**80).as_tuple())
print(f"{D('1.5')!s:>8}|{D('1.5')!r}")
print('%s' % D('-0.0'))
for s in ['1.5', '-0', 'NaN', 'Inf', '0.001', '-12E3']:
    d = D(s)
    print(s, d.is_nan(), d.is_qnan(), d.is_snan(), d.is_infinite(), d.is_finite(),
          d.is_zero(), d.is_signed(), d.is_canonical(), d.adjusted(), repr(d.canonical()),
          repr(d.radix()), repr(d.copy_abs()), repr(d.copy_negate()), repr(d.conjugate()))
print(repr(D('1.5').copy_sign(D('-2'))), repr(D('-NaN').copy_sign(1)), repr(D('-1').copy_sign(D('NaN'))))
try:
    D(1).copy_sign(1.5)
except TypeError as e:
    print('TypeError', e)
print(repr(D('2.5').real), repr(D('2.5').imag))
import copy
d = D('3.14')
print(copy.copy(d) is d, copy.deepcopy(d) is d, d.__reduce__())
