# Enum members and enum-class attributes read through the class-object
# attribute cache (EnumType defines __getattr__), and DynamicClassAttribute.
import enum
import types

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Field(enum.Enum):
    name = "the name member"     # a member shadowing the name property
    value = "the value member"
    other = 3

class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

def members():
    return Color.RED, Color.GREEN, Perm.R | Perm.W, Level.HIGH

for i in range(3):
    print(members())
print(Color.RED.name, Color.RED.value, Field.name, Field.value, Field.other.name)
print(Field.name.name, Field.name.value, Field.value.value)
for attr in ("name", "value", "RED", "_member_map_"):
    print(attr, hasattr(Color, attr), type(getattr(Color, attr, None)).__name__)
try:
    Color.BLUE
except AttributeError as e:
    print("AttributeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Color, "BLUE", "no blue"), hasattr(Perm, "RWX"))
print(Perm.R in (Perm.R | Perm.X), Perm.W in Perm.R, Level.LOW < Level.HIGH)
print([m.name for m in Color], Color["GREEN"], Color(2), Level(1) is Level.LOW)

class Dyn:
    def __init__(self):
        self._v = 10
    @types.DynamicClassAttribute
    def v(self):
        return self._v
    def __getattr__(self, name):
        return "instance hook " + name

class DynMeta(type):
    def __getattr__(cls, name):
        return "class hook " + name

class Dyn2(Dyn, metaclass=DynMeta):
    pass

for i in range(2):
    print(Dyn().v, Dyn2().v, Dyn2.v, Dyn2.zzz)
try:
    Dyn.v
except AttributeError as e:
    print("AttributeError", e)

class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

total = 0.0
for i in range(50):
    total += Planet.EARTH.surface_gravity + Planet.MERCURY.mass / 1e23
print(round(total, 6), Planet.EARTH.radius)
