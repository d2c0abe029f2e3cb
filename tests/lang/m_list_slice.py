# list slicing: get, set and delete with steps and negative bounds,
# extended-slice size errors, self-assignment, and index errors.
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
        return
    print(label, '->', repr(r))

base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, 2), slice(None, None, -1),
           slice(8, 2, -2), slice(100, 200), slice(-100, 3), slice(3, 3), slice(5, 2)]:
    print(sl, base[sl])
a = list(range(10))
a[2:5] = ['x']
print(a)
a[::2] = 'ABCDE'[:len(a[::2])]
print(a)
a[1:1] = [7, 7]
print(a)
a[:] = a
print(a)
a[len(a):] = [99]
print(a)
del a[::3]
print(a)
del a[-2:]
print(a)
del a[:]
print(a)
b = [1, 2, 3]
b[5:] = [4]
b[-100:0] = [0]
print(b)
t('ext size', lambda: b.__setitem__(slice(None, None, 2), [1]))
t('assign int to slice', lambda: b.__setitem__(slice(0, 1), 5))
t('index out', lambda: b[10])
t('assign out', lambda: b.__setitem__(10, 1))
t('del out', lambda: b.__delitem__(10))
t('index str', lambda: b.__getitem__('a'))
t('step zero', lambda: b[::0])
c = [0, 1, 2, 3, 4]
c[::-2] = 'abc'
print(c)
c[3:1] = ['m']
print(c)
