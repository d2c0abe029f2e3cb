# complex: literals, arithmetic with int/float operands, powers, errors, float ** fraction.
print(1j, 2.5j, 0j, -1j, 1+2j, 1-2j, -(1+2j), 3 * 1j, 1j * 1j, 1e400j)
z = complex(3, 4)
print(z, z.real, z.imag, abs(z), z.conjugate(), +z, -z, bool(z), bool(0j))
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(1j), hash(2-3j), hash(complex(-1, 0)))
print(complex(), complex(1), complex(1.5, 2), complex("1+2j"), complex(" ( -1.5e3-j ) "), complex("j"), complex("-J"), complex("1_000j"))
print(complex(1j, 1j), complex(1+2j, 3), complex(real=1, imag=2), complex(imag=2))
print((1+2j) / (3-4j), 1 / (1+1j), (1+2j) ** 2, (1+1j) ** 0.5, 2 ** 1j, 1j ** 2, (1+2j) ** -3)
print(1 + 1j == 1 + 1j, 1 + 0j == 1, 1.5 + 0j == 1.5, 1j != 1, 1j == "a")
print(format(1+2j), format(1+2j, ".2f"), format(-1.5j, "^20"), f"{3-4j:g}", f"{1j!r}")
print((-8.0) ** 0.5, (-8) ** 0.5, (-1) ** 0.5)
for s in ["1+", "", "1 + 2j", "(1+2j", "1__0j", "0x1j", "nan(1)j", "1j1"]:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError:", s, e)
for f in [lambda: 1j / 0, lambda: 1j / 0j, lambda: 1j < 2j, lambda: 0j ** -1, lambda: (1e200+1e200j) ** 2,
          lambda: 1j // 2, lambda: 1j % 2, lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]),
          lambda: complex(1, []), lambda: int(1j), lambda: float(1j), lambda: pow(1j, 2, 3), lambda: 10j ** 1e10,
          lambda: abs(complex(1e308, 1e308)), lambda: complex(10**400), lambda: 1j + 10**400, lambda: 1j > 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print({1j: 1, 1+0j: 2, 1: 3})
print(type(1j), isinstance(1j, complex), repr(complex(-0.0, -0.0)), complex(float("nan"), float("inf")))
