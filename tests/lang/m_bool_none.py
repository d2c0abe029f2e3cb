# bool is an int: every int method works on it and returns ints (or bools
# for the bitwise operators); None's and bool's dunders.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for b in (True, False):
    print(b, b.bit_length(), b.bit_count(), b.to_bytes(1, 'big'), b.as_integer_ratio(),
          b.conjugate(), b.__round__(), b.__trunc__(), b.__floor__(), b.__ceil__(),
          b.__getnewargs__(), b.real, b.imag, b.numerator, b.denominator)
    print(type(b.conjugate()).__name__, type(b & True).__name__, type(b + 0).__name__,
          type(~b).__name__, type(-b).__name__, type(abs(b)).__name__, type(+b).__name__)
print(True & True, True | False, False ^ True, True & 1, 1 | True, True << 2, True >> 1, True // 1)
print(repr(True.__and__(False)), repr(True.__or__(2)), True.__xor__(True), int.__and__(True, True))
print(bool(0), bool(''), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j))
t('bool 2 args', lambda: bool(1, 2))
t('bool kw', lambda: bool(x=1))
t('subclass bool', lambda: type('B', (bool,), {}))
print(str(True), repr(False), f'{True}', format(True, 'd'), format(True, ''), '%s %d' % (True, True))
print(None.__eq__(None), None.__ne__(1), None.__repr__(), None.__bool__(), None.__hash__() == hash(None))
t('none attr', lambda: None.x)
nothing = None
t('none call', lambda: nothing())
t('none iter', lambda: iter(None))
t('none len', lambda: len(None))
t('none sub', lambda: nothing[0])
t('none add', lambda: None + 1)
