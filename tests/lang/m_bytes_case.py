# bytes case methods and predicates (ASCII only), padding methods.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

for b in (b'Hello World', b'hELLO', b'123', b'', b'\xe9t\xe9', b'a1 B2', bytearray(b'MiXeD cAsE')):
    print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b.isupper(), b.islower(),
          b.istitle(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isascii())
for b in (b'ab', bytearray(b'xyz'), b''):
    print(b.center(6), b.center(7, b'*'), b.ljust(5, b'-'), b.rjust(5), b.zfill(5), b.center(1))
print(b'-12'.zfill(6), b'+x'.zfill(4), bytearray(b'7').zfill(3))
t('center str fill', lambda: b'a'.center(5, '*'))
t('center long fill', lambda: b'a'.center(5, b'**'))
t('center no width', lambda: b'a'.center())
t('ljust float', lambda: b'a'.ljust(2.0))
t('upper arg', lambda: b'a'.upper(1))
t('isalpha arg', lambda: bytearray(b'a').isalpha(1))
