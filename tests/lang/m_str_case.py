# str case methods: casefold, title, capitalize, swapcase, upper/lower with
# special mappings, final sigma; the is* predicates on many characters.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

samples = ['hello world', "they're bill's friends", 'HELLO', 'hElLo WoRlD', '', '123abc',
           'ǆemal', 'ß', 'ﬁne', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'aΣ b', 'Σ', 'İstanbul', 'ŉ', 'a1b2_c3',
           'ǅ', 'straße', 'x\u0345y', 'abc-def ghi', 'ΑΣ.', 'aΣ\u0301b']
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()),
          repr(s.casefold()), repr(s.upper()), repr(s.lower()))
for s in samples + ['Hello World', 'Hello world', 'A', 'a', ' ', '1', 'ǅa', 'Aǅ', 'Ab Cd',
                    'AB', 'aB', '٣', '²', '½', 'Ⅷ', '\t', '\x00', '\x7f', '\xa0', 'é', 'x\u0301']:
    print(repr(s), s.islower(), s.isupper(), s.istitle(), s.isdecimal(), s.isdigit(),
          s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(), s.isprintable(), s.isascii())
for s in ['abc', '_x', '1x', 'x1', '', 'a b', 'é', 'ℕ', '℘', '·', 'a·', 'class', '$',
          '\u00b7', 'x\u0301', '\u2118x', 'Ⅻ']:
    print(repr(s), s.isidentifier())
t('title arg', lambda: 'a'.title(1))
t('isascii arg', lambda: 'a'.isascii(1))
t('islower kw', lambda: 'a'.islower(x=1))
t('casefold arg', lambda: 'a'.casefold(None))
