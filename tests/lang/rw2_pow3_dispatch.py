# pow(a, b, mod) with a Python class on the left calls its __pow__(b, mod)
# (sympy: pow(S(4), 13, 497)); three-argument power never uses __rpow__;
# the errors name the types as CPython's ternary_op does.
class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        if mod is None:
            return Mod(self.v ** other)
        if isinstance(mod, str) or isinstance(other, str):
            raise TypeError('bad types')
        return Mod(pow(self.v, int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        return 'rpow used'
    def __int__(self):
        return self.v
    def __index__(self):
        return self.v
    def __repr__(self):
        return 'Mod(%d)' % self.v

print(pow(Mod(4), 13, 497), pow(Mod(4), Mod(13), 497), pow(Mod(2), 10, Mod(1000)))
print(pow(Mod(3), 2), Mod(3) ** 3, 2 ** Mod(3))

class Declines:
    def __pow__(self, other, mod=None):
        return NotImplemented
for args in [(Declines(), 2, 3), (2, Mod(3), 5), (2, 3, Mod(5)), ('a', 2, 3), (2, 'b', 3),
             (2, 3, 'c'), (1.5, 2, 3), (2, 2.5, 3), (2, 3, 4.0), (None, None, None),
             (Mod(4), 'x', 5), (2, 3, 0), (2, -1, 4), (3, -1, 7)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(2, 100, 7), pow(-3, 3, 5), pow(3, 4, -5), pow(True, 5, 3))
try:
    pow(2j, 2, 3)
except Exception as e:
    print(type(e).__name__, e)
