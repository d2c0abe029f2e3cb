# x[a:b:c] of lists and tuples with small-int or None bounds (read without
# a slice object) and every other shape, which takes the ordinary path.
l = list(range(10))
t = tuple(range(10))
bounds = [None, 0, 1, 3, -1, -3, 9, 10, 11, -11, -20, 20]
steps = [None, 1, 2, 3, -1, -2, -4, 100, -100]
acc = []
for a in bounds:
    for b in bounds:
        acc.append(l[a:b])
        acc.append(t[a:b])
        for c in steps:
            acc.append(l[a:b:c])
            acc.append(t[a:b:c])
print(len(acc), sum(len(x) for x in acc))
print(acc[:12])
print(acc[-12:])
print(l[::-1], t[::-1], l[5:2:-1], t[-1:-4:-1])
print(t[:] is t, t[0:10] is t, t[0:] is t, t[::1] is t, t[::-1] is t, t[1:] is t)
print(l[:] is l, l[:] == l)
print(t[slice(None)] is t, t[slice(0, 100)] is t)
e = ()
print(e[:] is e, e[1:] is e)
# zero step: the ordinary path's error
for seq in (l, t):
    try:
        seq[::0]
    except Exception as ex:
        print(type(ex).__name__, ex)
# big-int and non-int bounds
print(l[2**70:], l[-2**70:3], t[:2**65], l[True:3])
class I:
    def __index__(self):
        print("index")
        return 2
print(l[I():], t[:I()])
for bad in ("a", 1.5):
    try:
        l[bad:]
    except Exception as ex:
        print(type(ex).__name__, ex)
    try:
        t[:bad]
    except Exception as ex:
        print(type(ex).__name__, ex)
# subclasses and other sequences keep their own __getitem__
class L(list):
    def __getitem__(self, k):
        print("L.getitem", k)
        return list.__getitem__(self, k)
class T(tuple):
    pass
print(L([1, 2, 3])[1:], type(T((1, 2, 3))[:]), T((1, 2))[:] == (1, 2))
print("abcdef"[1:4], b"abcdef"[::-2], range(10)[2:8:3], bytearray(b"xyz")[1:])
# the result is a new list; the target register may be the source
x = [1, 2, 3, 4]
x = x[1:]
print(x)
y = x
x = x[::-1]
print(x, y, x is y)
# mutating during evaluation of the bounds
z = [0, 1, 2, 3, 4, 5]
def f():
    z.append(6)
    return 7
print(z[f() - 5:])
def g(seq, n):
    return seq[:n], seq[n:], seq[-n:], seq[:-n]
for n in range(-2, 5):
    print(g([1, 2, 3], n), g((1, 2, 3), n))
