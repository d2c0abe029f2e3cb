# complex: signed zeros, complex(str) grammar, __complex__/__float__/__index__, format specs, hash.
print(0j + 0, -0.0 + 0j, 0j * -1, (-0.0) * 1j, 1j * -0.0, 2 - 1j, 1.5 - 0j, 0 - 0j, -0j - 0, (1+0j) * 2.0)
print(1j ** 0, 0j ** 0, 0j ** 2, 2j ** 101, (1+1j) ** 100, (1+1j) ** -100, (0.5+0.5j) ** 1000, 1j ** 1.5, 3 ** (1+1j))
print(2 / 1j, 2.0 / (1+1j), (1+1j) / 2, (1e300+1e300j) / (1e-300+1e-300j), (1+2j) / float("inf"))
print(complex("1e500"), complex("-infj"), complex("nanj"), complex("InFiNiTy+1j"), complex("1.e5j"), complex(".5-.5j"), complex("+1.5E+2J"))
print(complex("1e5-1e-5j"), complex("\t(3)\n"), complex("-0"), complex("-0j"), complex("0-0j"))
for s in ["(", "()", "j+1", "1jj", "e5", ".j", "1e", "+", "-j1", "1+2", "1_", "_1", "1_j", "1+2j)", "infinite", "1\x000j", "1_\x00"]:
    try:
        print(complex(s))
    except ValueError as e:
        print("ValueError:", repr(s), e)
class C:
    def __complex__(self): return 2+3j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
class Bad:
    def __complex__(self): return 1
print(complex(C()), complex(F()), complex(I()), complex(F(), I()), complex(C(), C()), complex(1, C()))
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
z = 1+1j
z += 1
z *= 1j
z **= 2
z /= 2
z -= 1j
print(z, hash(z), z == z, z != 1, 1 == z, 2.0 == complex(2), True == (1+0j), 10**30 == complex(10**30), 2**53+1 == complex(2**53+1))
for spec in ["", "10", "<20", "^20", ">20", "*^30", "+", "-", " ", ".3", ".3e", ".3E", ".3f", ".3F", ".3g", ".3G", "n", ",.2f", "_.2f", "#", "#.0f", "e", "r", "z.1f", "20.2f"]:
    for v in [1+2j, -1.5j, complex(-0.0, 0.0), complex(1e20, -1e-7), complex(float("nan"), float("-inf")), 1234567.891-9876543.21j]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(repr(spec), type(e).__name__, e)
for spec in ["010", "=10", "d", "%", "c", "s", "x"]:
    try:
        print(format(1j, spec))
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print("{:.2f} {!s} {!r} {}".format(1+1j, 2j, 3j, 4j), "%s %r" % (1j, 2j), str(1+1j), [1j, (1-1j)])
print((1+2j).real.is_integer(), (1j).__complex__(), (1+2j).__getnewargs__(), complex.conjugate(3-4j))
print(abs(3+4j), abs(-1.5j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)), abs(0j))
print(hash(complex(0, 1)), hash(complex(1, 1)), hash(complex(-1, 1)), hash(complex(0.5, -0.25)), hash(complex(1e300, 1e-300)), hash(complex(float("inf"), 0)))
print(sum([1j, 2j, 3]), pow(2j, 2), pow(1+1j, -1), divmod.__name__, max(abs(1j), 0.5))
print(1j.imag, 1j.real, type(1j.imag), (2+0j).real)
try:
    (1j).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    complex(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    complex(x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print({1j, -1j} < {1j})
    print(sorted([1j, 2j]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(-1j ** 0.5, (-1) ** 0.5j)
except Exception as e:
    print(type(e).__name__, e)
