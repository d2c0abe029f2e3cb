# str.maketrans (all three forms), str.translate, str.format_map,
# __getnewargs__, str methods via the type.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

tab = str.maketrans('abc', 'xyz')
print(sorted(tab.items()))
print('aabbcc-d'.translate(tab))
tab = str.maketrans('ab', 'AB', 'cd')
print(sorted(tab.items()), 'abcdef'.translate(tab))
tab = str.maketrans({'a': 'ALPHA', 98: None, 'c': 0x3b3, 100: 'δ'})
print(sorted(tab.items()), 'abcde'.translate(tab))
print(''.maketrans('x', 'y'), str.maketrans({}))
t('mt one non-dict', lambda: str.maketrans('abc'))
t('mt unequal', lambda: str.maketrans('ab', 'c'))
t('mt long key', lambda: str.maketrans({'ab': 1}))
t('mt float key', lambda: str.maketrans({1.5: 1}))
t('mt int first', lambda: str.maketrans(1, 'a'))
t('mt int second', lambda: str.maketrans('a', 1))
t('mt int third', lambda: str.maketrans('a', 'b', 1))
t('mt no args', lambda: str.maketrans())
t('mt 4 args', lambda: str.maketrans('a', 'b', 'c', 'd'))
print('hello'.translate({ord('l'): 'L', ord('o'): None}))
print('hello'.translate([None] * 104 + ['H']))
print('abc'.translate({}))
class Table:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A!'
        raise LookupError(k)
print('banana'.translate(Table()))
class Bad:
    def __getitem__(self, k):
        raise ValueError('boom')
t('translate raises', lambda: 'a'.translate(Bad()))
t('translate bad value', lambda: 'a'.translate({97: 1.5}))
t('translate range', lambda: 'a'.translate({97: 0x110000}))
t('translate neg', lambda: 'a'.translate({97: -1}))
t('translate no arg', lambda: 'a'.translate())
t('translate none', lambda: 'a'.translate(None))
print('{a} and {b[0]} and {c.real}'.format_map({'a': 1, 'b': [2], 'c': 3j}))
class Default:
    def __getitem__(self, key):
        return '<' + key + '>'
print('{x} {y}'.format_map(Default()))
t('format_map missing', lambda: '{x}'.format_map({}))
t('format_map positional', lambda: '{0}'.format_map({}))
t('format_map auto', lambda: '{}'.format_map({}))
t('format_map no arg', lambda: '{x}'.format_map())
t('format_map list', lambda: '{x}'.format_map([]))
print('abc'.__getnewargs__(), str.upper('abc'), str.center('a', 3, '*'))
t('descr wrong self', lambda: str.upper(1))
print(len(dir) if False else 'ok')
