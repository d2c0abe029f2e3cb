# Subclasses of complex.
class C(complex):
    pass

z = C(1, 2)
print(z, repr(z), type(z).__name__, isinstance(z, complex))
print(z.real, z.imag, z.conjugate(), abs(C(3, 4)))
print(z + 1, type(z + 1).__name__, 1 + z, z * z, z == complex(1, 2))
print(-z, type(-z).__name__, C(), C(2.5), C("1+2j"))
z.tag = "t"
print(z.tag, z.__dict__)
print(complex.__new__(C, 3j), type(complex.__new__(C, 3j)).__name__)

class Polar(complex):
    def mag(self):
        return abs(self)

print(Polar(0, 2).mag())
