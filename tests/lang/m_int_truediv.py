# int / int correctly rounded for big operands (a scaled division with a
# sticky bit), overflow to OverflowError, tiny results to 0.0.
vals = [2**54 + 3, 10**30 + 7, -(2**100) + 1, 3, 7, 2**53 + 1, 10**400, 1, -5, 2**64 - 1, 12345678901234567890123]
out = []
for a in vals:
    for b in vals:
        try:
            out.append(repr(a / b))
        except Exception as e:
            out.append(type(e).__name__)
print(out)
