# Floats: shortest repr, arithmetic, errors, comparisons with ints.
print(0.1, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 1.5e-5, 0.0001, -0.0, 1e300 * 10)
print(3.0, 2.5 * 4, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 // -2, 2.0 ** 0.5)
print(float("1.5"), float(" -2 "), float("inf"), float("-inf"), float("nan"), float(3))
print(1.0 == 1, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1, 1 < 1.5)
print(hash(1.0), hash(0.5), hash(-2.5), hash(1e100) == hash(int(1e100)))
print(int(1e20), round(2.675, 2), round(0.125, 2), abs(-3.25))
print(3.14159.is_integer(), 3.0.is_integer())
x = 1.0
for i in range(10):
    x = x * 1.1
print(x)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
