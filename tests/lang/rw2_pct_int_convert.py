# %d %i %u take anything int() takes by __int__ or __index__ (sympy's
# Integer and NegativeOne), %x %o %X only __index__; others are refused
# with CPython's message.  str and bytes formatting agree.
import decimal, fractions

class IntOnly:
    def __int__(self): return -7
class IndexOnly:
    def __index__(self): return 26
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
class FloatOnly:
    def __float__(self): return 2.5
class Neg:
    def __int__(self): return -1
    def __float__(self): return -1.0

values = [IntOnly(), IndexOnly(), Both(), FloatOnly(), Neg(), 3.99, -2.5, True,
          fractions.Fraction(7, 2), '5', None, 2 + 0j]
for conv in 'diuxXo':
    for v in values:
        name = type(v).__name__
        for fmt in ['%' + conv, b'%' + conv.encode()]:
            try:
                print(conv, name, fmt % v)
            except Exception as e:
                print(conv, name, type(e).__name__, e)
print('%5d|%-5i|%05d|%+d|%.3d' % (IntOnly(), IndexOnly(), Neg(), Both(), IndexOnly()))
print('%#x %#o %#X' % (IndexOnly(), IndexOnly(), Both()))
print('%(n)d' % {'n': IntOnly()}, '%d' % decimal.Decimal('12.7'), b'%i' % decimal.Decimal('-3.2'))
