# bytes/bytearray: maketrans/translate with delete, expandtabs, istitle,
# hex with separators, fromhex, __bytes__.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

tab = bytes.maketrans(b'abc', b'xyz')
print(len(tab), tab[97:100], bytearray.maketrans(b'a', b'b')[97:98], type(bytearray.maketrans(b'', b'')).__name__)
for src in [b'aabbcc-d', bytearray(b'abcabc'), b'']:
    print(src.translate(tab), src.translate(None, b'ab'), src.translate(tab, b'c'),
          src.translate(None), src.translate(None, delete=b'a'))
t('maketrans len', lambda: bytes.maketrans(b'ab', b'c'))
t('maketrans str', lambda: bytes.maketrans('a', 'b'))
t('maketrans one', lambda: bytes.maketrans(b'a'))
t('translate short', lambda: b'a'.translate(b'x'))
t('translate str', lambda: b'a'.translate('x' * 256))
t('translate delete str', lambda: b'a'.translate(None, 'a'))
t('translate none', lambda: b'a'.translate())
t('translate kw table', lambda: b'a'.translate(table=None))
t('translate 3', lambda: b'a'.translate(None, b'', b''))
for s in [b'a\tb', b'\t', b'ab\tcd\tef', b'12345678\tx', b'a\nb\tc', b'a\r\tb']:
    print(s.expandtabs(), s.expandtabs(4), s.expandtabs(0), s.expandtabs(tabsize=3),
          bytearray(s).expandtabs(2))
t('expandtabs str', lambda: b'a'.expandtabs('x'))
for s in [b'Ab Cd', b'AB', b'Ab cd', b'', b'1A', b'A1b', b'aB']:
    print(s, s.istitle(), bytearray(s).istitle(), s.title(), s.swapcase(), s.capitalize())
for s in [b'', b'\x00\xff', b'abcdef', bytearray(b'\x01\x02\x03\x04\x05')]:
    print(s.hex(), s.hex(':'), s.hex('-', 2), s.hex('_', -2), s.hex(b' ', 3), s.hex(':', 0)
          if False else '')
t('hex long sep', lambda: b'ab'.hex('::'))
t('hex nonascii sep', lambda: b'ab'.hex('\xe9'))
t('hex int sep', lambda: b'ab'.hex(1))
print(bytes.fromhex('ab cd 0F'), bytearray.fromhex(' 00ff '), bytes.fromhex(''))
t('fromhex odd', lambda: bytes.fromhex('abc'))
t('fromhex bad', lambda: bytes.fromhex('zz'))
t('fromhex bytes', lambda: bytes.fromhex(b'ab'))
print(b'abc'.__bytes__(), bytes(bytearray(b'xy')), type(b'a'.__bytes__()).__name__)
