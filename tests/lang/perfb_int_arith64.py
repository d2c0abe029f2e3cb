# int arithmetic around the 48-bit small-int and 64-bit fast-path edges.
import operator as op

edges = [0, 1, -1, 2, -2, 3, 7, -7, 10, 2 ** 31 - 1, 1103515245, 2 ** 47 - 1, -2 ** 47,
         2 ** 47, -2 ** 47 - 1, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64,
         3 ** 40, -(3 ** 40), 10 ** 30, True, False]
ops = [op.add, op.sub, op.mul, op.floordiv, op.mod, op.and_, op.or_, op.xor, op.rshift,
       op.lshift, divmod]
for a in edges:
    row = []
    for b in edges:
        for f in ops:
            try:
                if f in (op.lshift,) and (b > 200 or b < -200):
                    continue
                r = f(a, b)
                row.append(r if not isinstance(r, tuple) else r[0] * 7 + r[1])
            except (ZeroDivisionError, ValueError) as e:
                row.append(type(e).__name__ + ":" + str(e))
    print(a, hash(tuple(str(x) for x in row)) == hash(tuple(str(x) for x in row)), row[:12])
    print(sum(x for x in row if isinstance(x, int)) % (2 ** 61 - 1))
state, acc = 12345, 0
for _ in range(2000):
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    acc ^= (state >> 7) + (acc << 1) & 0xFFFFFF
print(state, acc)
x = 2 ** 62
print(x * 2, x * 4, -x * 2, (-2 ** 63) // -1, (-2 ** 63) % -1, 5 << 62, -5 << 62, (2 ** 63 - 1) + 1)
print((-2 ** 63) // 1, 2 ** 63 // 2, type(2 ** 47), (2 ** 47 - 1) + 1 - 1 == 2 ** 47 - 1)
print(1 << 63, 1 << 64, -1 << 63, (1 << 63) >> 63, (-1 << 100) >> 99, 12345678901 * 98765432109)
class I(int):
    pass
print(I(2 ** 50) * 3, I(7) // 2, type(I(3) + 1).__name__, True + True, True * 2 ** 62)
