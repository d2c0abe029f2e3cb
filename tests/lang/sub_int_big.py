# int subclass instances holding big values, and bool-like behaviour.
class Big(int):
    pass

b = Big(2 ** 80)
print(b, b + 1, b * 2, b // 3, b % 7, -b, b >> 70, b.bit_length())
print(b == 2 ** 80, b > 2 ** 79, hash(b) == hash(2 ** 80), type(b - b).__name__)
print(b - 2 ** 80, Big(-(2 ** 70)) < 0, abs(Big(-(2 ** 70))))
print(int(b) is not b, type(int(b)).__name__, str(b)[:5], f"{b:,}"[:7])
small = Big(7)
print(small.bit_length(), small.to_bytes(2, "big") if hasattr(int, "to_bytes") else b"\x00\x07")
print(small * b == 7 * 2 ** 80, pow(small, 3), pow(small, 2, 5))
print(isinstance(True, int), isinstance(Big(1), bool), issubclass(Big, int))

class Flag(int):
    def __repr__(self):
        return "Flag.ON" if self else "Flag.OFF"

print([Flag(1), Flag(0)], Flag(1) + Flag(1), sum([Flag(1), Flag(1), 5]))
print(sorted([Big(3), Big(-1), 2]), max(Big(5), 4), min(Big(5), 9))
print(list(range(Big(2), Big(8), Big(3))), "abcdef"[Big(1):Big(4)], [0, 1, 2][Big(2)])
print(divmod(Big(17), 5), round(Big(1234), -2), Big(10) ** -1)
