# Class patterns: isinstance check, keyword attributes, __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
    return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), (0, 0), None]:
    print(where(p))

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

match Point3(1, 2, 3):
    case Point3(a, b, c):
        print("3d", a, b, c)
match Point3(1, 2, 3):
    case Point(a, b):
        print("as 2d", a, b)

# missing attribute: the pattern fails, no error
class Empty:
    pass
match Empty():
    case Empty(attr=1):
        print("no")
    case Empty():
        print("attribute missing -> no match")

# keyword patterns work without __match_args__
class Bag:
    def __init__(self, **kw):
        self.__dict__.update(kw)
match Bag(a=1, b=[2, 3]):
    case Bag(a=1, b=[_, c]):
        print("bag", c)

# dotted class names
class NS:
    Point = Point
match Point(7, 8):
    case NS.Point(x, y):
        print("dotted", x, y)

# properties are attributes too
class Temp:
    __match_args__ = ("celsius",)
    def __init__(self, k):
        self.k = k
    @property
    def celsius(self):
        return self.k - 273
match Temp(300):
    case Temp(c):
        print("celsius", c)
