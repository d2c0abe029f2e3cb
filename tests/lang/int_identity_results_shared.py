# Big-int operations whose result may be an operand itself (x * 1, x + 0,
# x << 0 ...) feeding another operation: the shared operand must never be
# reused as scratch space for the outer result.
big = 10**30
neg = -10**30
ops = [
    lambda: (big * 1) + 1, lambda: (big + 0) + 1, lambda: (big - 0) * 3,
    lambda: (big // 1) + 1, lambda: (big | 0) + 1, lambda: (big << 0) + 1,
    lambda: (big >> 0) + 1, lambda: (big & -1) + 1, lambda: (big ^ 0) + 1,
    lambda: (big ** 1) + 1, lambda: (big % (10**40)) + 1, lambda: (1 * big) - 5,
    lambda: (0 + big) * 2, lambda: (neg * 1) - 1, lambda: (neg % (10**40)) + 1,
    lambda: (big * 1) + (big * 1), lambda: (big + 0) * (big - 0),
]
for i, f in enumerate(ops):
    for _ in range(3):
        r = f()
    print(i, r, big, neg)
