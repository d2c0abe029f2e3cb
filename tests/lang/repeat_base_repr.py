# Sequence repeat counts, hex/oct/bin, the decimal digit limit in
# formatting, and self-referencing container reprs (the hostile fixes).
import sys

def err(f):
    try:
        r = f()
    except (MemoryError, OverflowError, TypeError, ValueError, RecursionError) as e:
        return type(e).__name__ + ": " + str(e)
    return "ok " + repr(r)[:40]

# repeat: big counts fail at once; the error depends on the count and size
for f in (lambda: [0] * 2**62, lambda: (0,) * 2**62, lambda: 'x' * 2**62,
          lambda: b'x' * 2**62,
          lambda: [0] * 2**100, lambda: [0] * -2**100, lambda: 'ab' * 2**62,
          lambda: b'ab' * 2**62, lambda: [] * 2**100, lambda: '' * 2**70,
          lambda: [0] * 2.0, lambda: (0,) * 'a', lambda: 2**62 * [0]):
    print(err(f))
class Three:
    def __index__(self):
        return 3
print([0] * Three(), (1,) * Three(), 'ab' * Three(), b'x' * Three(), bytearray(b'y') * Three())
print([1] * True, (1,) * False, 'a' * -5, b'ab' * 0, bytearray(b'ab') * 0, 3 * 'z')
print(err(lambda: [1].__mul__('x')), err(lambda: 'a'.__rmul__(1.5)))

# hex / oct / bin
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), hex(0), bin(True), oct(Three()))
print(len(hex(1 << 40000)), int(hex(1 << 40000), 16) == 1 << 40000, len(bin(-(1 << 20000))))
print(err(lambda: hex(1.5)), err(lambda: bin('1')))

# the 4300-digit limit applies to decimal formatting, not to hex
for f in (lambda: "%d" % 10**4299, lambda: "%d" % 10**4300, lambda: "%x" % 10**5000,
          lambda: format(10**5000, "d"), lambda: format(-10**4299, "d"),
          lambda: f"{10**5000:,}", lambda: "%5i" % 10**5000):
    print(err(f))
sys.set_int_max_str_digits(0)
print(len("%d" % 10**5000))
sys.set_int_max_str_digits(4300)

# self-reference
a = []
a.append(a)
d = {}
d['k'] = d
b = [1]
b.append([b, {2: b}])
print(a, d, [a, a], {1: a, 2: [d]}, (a,), b, str(a))

# RecursionError messages (a __repr__ calling repr(self) is in
# tests/hostile: where it trips depends on the depth it starts at)
def f():
    return f()
print(err(f))
n = []
for i in range(20000):
    n = [n]
print(err(lambda: repr(n)))
