# bytearray mutation: append, extend, insert, pop, remove, reverse, clear,
# copy, +=, *=, slice assignment and deletion, item assignment errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

a = bytearray(b'hello')
a.append(33)
a.extend(b' world')
a.extend([1, 2])
a.extend(bytearray(b'!'))
a.insert(0, 62)
a.insert(-1, 60)
a.insert(100, 63)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord('l'))
print(a)
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b, b is not a)
t('append big', lambda: bytearray().append(256))
t('append neg', lambda: bytearray().append(-1))
t('append str', lambda: bytearray().append('a'))
t('extend int', lambda: bytearray().extend(5))
t('extend str', lambda: bytearray().extend('ab'))
t('extend bad item', lambda: bytearray().extend([1, 300]))
t('insert big', lambda: bytearray().insert(0, 999))
t('pop empty', lambda: bytearray().pop())
t('pop out', lambda: bytearray(b'a').pop(5))
t('remove missing', lambda: bytearray(b'a').remove(98))
t('remove big', lambda: bytearray(b'a').remove(300))
c = bytearray(b'ab')
alias = c
c += b'cd'
c += bytearray(b'e')
c *= 2
print(c, alias is c)
c *= 0
print(c)
def iadd_str():
    x = bytearray()
    x += 'a'
t('iadd str', iadd_str)
d = bytearray(b'0123456789')
d[0] = 65
d[-1] = 66
d[2:4] = b'xyz'
d[::2] = b'_____'[:len(d[::2])]
print(d)
del d[1:3]
del d[::3]
print(d)
d[1:1] = [1, 2, 3]
print(d, len(d))
t('setitem big', lambda: d.__setitem__(0, 256))
t('setitem str', lambda: d.__setitem__(0, 'a'))
t('setitem out', lambda: d.__setitem__(100, 1))
t('ext slice size', lambda: d.__setitem__(slice(None, None, 2), b'a'))
t('slice int', lambda: d.__setitem__(slice(0, 2), 5))
e = bytearray(b'abc')
e[0:2] = e
print(e, bytearray(3), bytearray([1, 2]), bytearray('hi', 'ascii'), bytearray(b'x') * 3)
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b')
t('hash', lambda: hash(bytearray()))
