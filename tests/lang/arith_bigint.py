# Big integers: overflow out of the inline range, GMP arithmetic, repr, hash.
n = 2 ** 47
print(n - 1, n, -n, -n - 1)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 7 ** 10, f % 1000007, -f // 13, -f % 13)
print(3 ** 200)
print((2 ** 100) >> 90, 1 << 70, (-(2 ** 80)) >> 3)
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, (2 ** 70) ^ (2 ** 69))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(-1), hash(2 ** 100))
print(2 ** 100 == 2 ** 100, 2 ** 100 > 2 ** 99, 2 ** 100 < 5, 10 ** 20 / 10 ** 10)
print(int("123456789012345678901234567890") * 2)
print(abs(-(10 ** 30)), -(10 ** 30) + 10 ** 30)
