# Subclasses of float: value, arithmetic returns float, methods, repr.
class F(float):
    pass

x = F(2.5)
print(x, repr(x), type(x).__name__, isinstance(x, float))
print(x + 1, type(x + 1).__name__, 1 + x, type(1 + x).__name__)
print(x * 2, x / 2, x // 2, x % 2, x ** 2, -x, +x, abs(F(-1.5)))
print(type(-x).__name__, type(+x).__name__, type(abs(x)).__name__)
print(x == 2.5, x < 3, x > 2, hash(x) == hash(2.5))
print(F(), F("1e3"), F(3), F(" -0.5 "))
print(float(x), type(float(x)).__name__, int(x), round(x), round(x, 1))
print(x.is_integer(), F(4.0).is_integer())
print(f"{x:.3f}", "%.2f" % x, format(x, "e"), str(x))
print(float.__new__(F, 1.25), type(float.__new__(F, 1.25)).__name__)
print(sorted([F(3.0), 1.0, F(2.0)]), max(F(1.0), 0.5))
print(divmod(x, 1), pow(x, 2))
x.tag = "t"
print(x.tag, x.__dict__)

class G(F):
    def half(self):
        return self / 2

print(G(9.0).half(), type(G(9.0)).__name__)
try:
    F("abc")
except Exception as e:
    print(type(e).__name__, e)
try:
    F(1, 2)
except Exception as e:
    print(type(e).__name__, e)
