# One GET_ATTR site seeing instances of builtin types (cached per type),
# subclasses that shadow or add attributes, and missing attributes.
class MyComplex(complex):
    @property
    def real(self):
        return "shadowed real"

class Tagged(complex):
    pass

def real_of(z):
    return z.real

t = Tagged(1, 2)
t.real_note = "x"
for v in [3 + 4j, 5, 2.5, True, MyComplex(1, 1), t, 2**70, 7 + 0j]:
    print(type(v).__name__, real_of(v))

def start_of(s):
    return s.start, s.stop, s.step

for s in [slice(1, 5), slice(None), range(2, 9, 3), slice("a", "b", "c")]:
    print(start_of(s))

def cls_of(o):
    return o.__class__.__name__

print([cls_of(o) for o in (1, "s", 2.0, [], (), {}, None, 3j, b"")])

def missing(o):
    try:
        return o.nope
    except AttributeError as e:
        return "AttributeError: %s" % e

for o in (1, 1.5, 2j, "s", slice(1), None):
    print(missing(o))
import fractions
print([real_of(x) for x in (fractions.Fraction(3, 4), 1j, 4)])
