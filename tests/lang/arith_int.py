# Integer arithmetic: small ints, signs, floor division and modulo rounding.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(~a, -a, +a, abs(-a), a & b, a | b, a ^ b, a << 3, a >> 2, -a >> 2)
print(2 ** 10, 2 ** -1, (-2) ** 3, 0 ** 0, pow(3, 4), pow(3, 4, 5))
x = 0
for i in range(10):
    x += i * i
print(x)
print(7 == 7.0, 1 < 2 < 3, 3 > 2 > 2, 1 <= 1, 2 != 2)
print(int("42"), int("-0x1f", 16), int("  12  "), int(3.99), int(-3.99), int(True))
print(True + True, True * 3, False - 1)
print(round(2.5), round(3.5), round(-0.5), round(1234, -2), round(1250, -2))
