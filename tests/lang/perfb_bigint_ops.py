# Big-int arithmetic with every mix of small, big, negative, bool and
# int-subclass operands; results that shrink back to small ints; errors.
class MyInt(int):
    pass

big = 3 ** 80
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), 2 ** 63, -(2 ** 64) - 5, big, -big,
        True, False, MyInt(5), MyInt(-big)]
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("&", lambda a, b: a & b),
       ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b),
       (">>", lambda a, b: a >> (b % 70 if b >= 0 else b)),
       ("<<", lambda a, b: a << (b % 70 if b >= 0 else b))]
checksum = 0
for name, f in ops:
    errors = {}
    for a in vals:
        for b in vals:
            try:
                r = f(a, b)
            except Exception as e:
                key = "%s %s" % (type(e).__name__, e)
                errors[key] = errors.get(key, 0) + 1
                continue
            checksum += type(r) is bool
            checksum = (checksum * 31 + hash(r)) % (2 ** 61 - 1)
    print(name, checksum, sorted(errors.items()))

# results that come back into the small range
print(big - (big - 5), (big * 3) // big, big % 1000, -big // big, big ^ big)
print((2 ** 64 + 3) - 2 ** 64, (-(2 ** 70)) >> 69, (2 ** 70 + 1) & 0xff)
# in-place loops growing and shrinking
x = 1
for i in range(1, 60):
    x = x * (i + 10 ** 12) + i
for i in range(1, 60):
    x //= (i + 10 ** 12)
print(x)
q, r, t = 1, 0, 1
for k in range(1, 40):
    q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
print(q % 10 ** 9, r % 10 ** 9, t % 10 ** 9, (r + q) // t)
print(divmod(-big, 7), divmod(big, -(2 ** 40)), pow(big, 2, 10 ** 9))
