# requires: attr
# attrs classes: validators, converters, frozen, slots, evolve, asdict.
import attr
import attrs


@attr.s(auto_attribs=True, order=True)
class Point:
    x: int = 0
    y: int = attr.ib(default=0, converter=int)

    def norm2(self):
        return self.x ** 2 + self.y ** 2


@attrs.define
class User:
    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    age: int = attrs.field(default=0, validator=[attrs.validators.ge(0)])
    tags: list = attrs.field(factory=list)
    _secret: str = attrs.field(default="s", repr=False)

    @age.validator
    def _check_age(self, attribute, value):
        if value > 150:
            raise ValueError(f"{attribute.name} too large: {value}")


@attrs.frozen
class Frozen:
    a: int
    b: tuple = (1, 2)


@attrs.define(kw_only=True)
class Child(User):
    level: int = 1


@attr.s(slots=True, eq=False, hash=False)
class Slotted:
    v = attr.ib()
    w = attr.ib(default=attr.Factory(lambda self: self.v * 2, takes_self=True))


p = Point(1, "2")
print(p, p.norm2(), p == Point(1, 2), p < Point(1, 3), sorted([Point(2, 0), Point(1, 5)]))
u = User("ann", 30, secret="x")
print(u, u.tags, attrs.asdict(u), attrs.astuple(u))
for bad in (lambda: User(5), lambda: User("b", -1), lambda: User("c", 200), lambda: Frozen()):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" <")[0])
f = Frozen(1)
try:
    f.a = 2
except attrs.exceptions.FrozenInstanceError as e:
    print("frozen", repr(e))
print(f, hash(f) == hash(Frozen(1)), attrs.evolve(f, a=5))
c = Child(name="kid", level=3)
print(c, attrs.fields(Child).level.kw_only, [a.name for a in attrs.fields(Child)])
s = Slotted(4)
print(s, s.w, hasattr(s, "__dict__"), s == Slotted(4))
print(attr.has(Point), attr.has(int), attrs.fields_dict(Point)["y"].default)
print(attrs.asdict(User("z", tags=[Point(1, 1)]), recurse=True))
print(attrs.asdict(u, filter=attrs.filters.exclude(attrs.fields(User).tags)))
try:
    Child("pos")
except TypeError as e:
    print("TypeError", e)
print(attr.validate(u))
