m = memoryview(b'abc')

m.release()

for op in (lambda: len(m), lambda: m[0], lambda: m.tobytes(), lambda: m.readonly,
           lambda: m.obj, lambda: m.format):
    try:
        op()
    except ValueError as e:
        print(e)
m.release()
with memoryview(bytearray(b'xyz')) as v:
    print(v.tobytes())

try:
    with v:
        pass
except ValueError as e:
    print(e)
print(m == m)
