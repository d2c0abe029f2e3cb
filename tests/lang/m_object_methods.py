# object's methods inherited everywhere: __format__, __dir__,
# __subclasshook__, __sizeof__ (existence only); __divmod__ on numbers;
# None, NotImplemented, Ellipsis, bool.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

class A:
    def __init__(self):
        self.x = 1
    def __str__(self):
        return 'A-str'
    def meth(self):
        pass
a = A()
print(format(a, ''), a.__format__(''), '{}'.format(a), f'{a}')
t('format spec', lambda: format(a, 'x'))
t('format spec method', lambda: a.__format__('>5'))
t('format int spec', lambda: a.__format__(1))
t('format no arg', lambda: a.__format__())
d = a.__dir__()
print(type(d).__name__, 'x' in d, 'meth' in d, '__init__' in d, '__class__' in d or True)
print(sorted(n for n in d if not n.startswith('__')))
print(object.__subclasshook__(), A.__subclasshook__(int), int.__subclasshook__(A))
print(type(a.__sizeof__()).__name__, type(object().__sizeof__()).__name__, type((1).__sizeof__()).__name__)
t('sizeof arg', lambda: a.__sizeof__(1))
print(format(None, ''), format(..., ''), format(NotImplemented, ''), format(range(3), ''))
t('none spec', lambda: format(None, 's'))
t('list spec', lambda: format([], 'x'))
print(None.__format__(''), [1].__format__(''), (1,).__format__(''), {1: 2}.__format__(''))
print((7).__divmod__(2), (7).__rdivmod__(2), (-7).__divmod__(2), (7).__divmod__(2.0),
      True.__divmod__(2), (2**70).__divmod__(-3))
print((7.5).__divmod__(2), (7.5).__rdivmod__(2), (7.5).__divmod__(-2.0), (-0.5).__divmod__(1))
t('int divmod 0', lambda: (1).__divmod__(0))
t('float divmod 0', lambda: (1.0).__divmod__(0))
t('float rdivmod 0', lambda: (0.0).__rdivmod__(1))
t('divmod str', lambda: (1).__divmod__('a'))
t('divmod none', lambda: (1).__divmod__())
class D:
    def __divmod__(self, o):
        return 'D.divmod'
    def __rdivmod__(self, o):
        return 'D.rdivmod'
print(divmod(D(), 1), divmod(1, D()))
print(bool(None), bool(...), True + True, True & False, True | False, True ^ True, ~True, -True)
print(repr(None), repr(...), repr(NotImplemented), str(True), int(True), float(False))
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
t('none call', lambda: type(None)(1))
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(True.real, False.imag, True.numerator, True.denominator, (True).bit_length())
print(True == 1, hash(True) == hash(1), {True: 'a', 1: 'b'})
