# bytearray: construction, mutation, shared methods, mixing with bytes
a = bytearray(b'hello')
print(a, repr(a), len(a), a[0], a[-1], a[1:3], type(a[1:3]).__name__)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray('h\xe9', 'utf-8'), bytearray(b'x'))
a[0] = 72
a[1:3] = b'EY'
print(a)
a[1:3] = b''
print(a)
a[0:0] = bytearray(b'>>')
print(a)
a[::2] = b'abc'
print(a)
del a[0]
print(a)
del a[::2]
print(a)
a += b'!!'
print(a)
a *= 2
print(a)
a.append(63)
a.extend(b'xy')
a.extend([49, 50])
a.extend(range(65, 68))
a.insert(0, 35)
a.insert(-1, 36)
a.insert(100, 37)
print(a, a.pop(), a.pop(0), a)
a.remove(ord('x'))
a.reverse()
print(a)
c = a.copy()
c.clear()
print(c, a == c, len(a))

b = bytearray(b'  Hello World  ')
print(b.strip(), b.upper(), b.split(), b.find(b'World'), b.count(b'l'), b.replace(b'l', b'L'))
print(b.startswith(b'  H'), b'World' in b, 111 in b, b.decode().strip(), b.hex(), b.partition(b'o'))
print(bytearray(b'-').join([b'a', bytearray(b'b')]), b'-'.join([bytearray(b'a'), b'b']))
print(bytearray(b'ab') + b'cd', b'ab' + bytearray(b'cd'), bytearray(b'ab') * 2, 2 * bytearray(b'x'))
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') < b'b', bytes(bytearray(b'zz')))
print(bytearray.fromhex('4142'), list(bytearray(b'\x01\x02')), bytearray(b'x').center(5, b'*'))
print(bytearray(b'abc').removeprefix(b'x'), bytearray(b'a,b').rpartition(b','), bytearray(b'a b').rsplit())

it = bytearray(b'ab')
for x in it:
    if len(it) < 5:
        it.append(x)
print(it)

def setitem(o, k, v):
    o[k] = v

for bad in [lambda: hash(bytearray()), lambda: bytearray(b'a')[5], lambda: setitem(a, 0, 256),
            lambda: setitem(a, 0, 'x'), lambda: bytearray().pop(), lambda: a.remove(250),
            lambda: setitem(a, slice(0, 5, 2), b'x'), lambda: bytearray(b'a') + 'b',
            lambda: bytearray(b'x').extend('ab'), lambda: bytearray(b'x').extend(5)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
