# List subclass instances used as their own operands.
class L(list):
    pass

a = L([1, 2])
a.extend(a)
print(a, type(a).__name__)
a += a
print(a, len(a))
a *= 2
print(len(a), type(a).__name__)
b = L("xy")
b[:] = b
print(b)
b[1:1] = b
print(b)
print(b + b, type(b + b).__name__, b * 2 == list(b) * 2)
c = L([3, 1, 2])
c.sort()
print(c, c == sorted(c), c.count(c[0]), c.index(c[-1]))
d = L()
d.append(d)
print(d, len(d[0]))
plain = [1]
plain.extend(plain)
plain += plain
print(plain)
