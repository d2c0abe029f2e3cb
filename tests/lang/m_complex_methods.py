# complex: conjugate, real/imag, __complex__-less arithmetic, __getnewargs__,
# comparisons and hashing, format, errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for z in [0j, 1 + 2j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex('1+2j'), 2j ** 2]:
    print(z, z.conjugate(), z.real, z.imag, z.__getnewargs__(), abs(z), z == z.conjugate(),
          hash(z) == hash(complex(z.real, z.imag)))
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, 2j != 2, complex(1, 2) == (1 + 2j))
t('lt', lambda: 1j < 2j)
t('set real', lambda: setattr(1j, 'real', 2))
t('conj arg', lambda: (1j).conjugate(1))
t('int()', lambda: int(1j))
t('float()', lambda: float(1j))
t('divmod', lambda: divmod(1j, 2))
t('floordiv', lambda: 1j // 2)
t('zero div', lambda: 1j / 0)
print(format(1 + 2j, ''), format(1.5 - 2j, '.2f'), format(3j, '>10'), (1 + 2j).__format__('g'))
print(complex('  1.5e3-2j '), complex('j'), complex('-j'), complex(' (1+1j) '))
t('complex bad', lambda: complex('1+'))
t('complex two str', lambda: complex('1', '2'))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1j) ** 0.5, -(1 + 1j), +(1 - 1j))
