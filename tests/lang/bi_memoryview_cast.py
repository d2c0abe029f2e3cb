m = memoryview(b'\x01\xff\x41')
c = m.cast('c')
b = m.cast('b')
print(c[0], c[2], c.tolist(), c.format, b.tolist(), b[1], b.format, b.readonly)
ba = bytearray(b'abc')
mc = memoryview(ba).cast('c')
mc[0] = b'z'
print(ba)
mb = memoryview(ba).cast('b')
mb[1] = -1
print(ba)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def setb(): mb[0] = 200
def setc1(): mc[0] = 1
def setc2(): mc[0] = b'ab'
show(setb)
show(setc1)
show(setc2)
show(lambda: m.cast('i'))
show(lambda: m.cast('x'))
show(lambda: m.cast('BB'))
show(lambda: b.cast('c').format)
show(lambda: m.cast('@B').format)
print(list(c), list(b), c == b'\x01\xffA', b == m, b == b, m == b'\x01\xffA')
show(lambda: m[::2].cast('b'))
print(m.cast('c')[1:].tolist(), m.cast('b')[::-1].tolist())
