# dataclasses: fields, defaults, order, frozen, asdict/astuple, replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1)
print(p, p == Point(1, 0, []), p != Point(2))
print([f.name for f in fields(p)], [f.default is dataclasses.MISSING for f in fields(Point)])
print(asdict(Point(3, 4, ['a'])), astuple(Point(3, 4)))
q = replace(p, y=9)
print(q, p)
p.tags.append('t')
print(Point(5).tags, p.tags)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

vs = [Version(2, 1), Version(1, 5), Version(2, 0)]
print(sorted(vs), Version(1) < Version(1, 1), max(vs))

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = 'b'

f = Frozen(1)
try:
    f.a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(f) == hash(Frozen(1)), {f: 1}[Frozen(1)])

try:
    Point()
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Mutable:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class Inherit(Point):
    z: int = 7

print(Inherit(1, 2), dataclasses.is_dataclass(Inherit), dataclasses.is_dataclass(3))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2

print(WithPost(4), repr(WithPost(1)))

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))

@dataclass
class Hidden:
    a: int
    secret: str = field(repr=False, default='s')
    c: int = field(compare=False, default=0)
print(Hidden(1), Hidden(1, 'x', 5) == Hidden(1, 'x', 6))
Dyn = dataclasses.make_dataclass('Dyn', [('a', int), ('b', int, field(default=3))])
print(Dyn(1), Dyn.__name__)
print(Point.__match_args__, Point.__dataclass_params__.order)
