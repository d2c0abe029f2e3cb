# An IntEnum-like pattern: int subclass instances as class constants.
class Color(int):
    _names = {}
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        cls._names[value] = self
        return self
    def __repr__(self):
        return f"<Color.{self.name}: {int(self)}>"
    def __str__(self):
        return f"Color.{self.name}"

Color.RED = Color(1, "RED")
Color.GREEN = Color(2, "GREEN")
Color.BLUE = Color(3, "BLUE")

print(Color.RED, repr(Color.GREEN), Color.BLUE + 0, Color.RED == 1, Color.RED < Color.BLUE)
print(sorted([Color.BLUE, Color.RED, Color.GREEN]), Color._names[2].name)
print([1, 2, 3][Color.RED], {Color.RED: "r"}[1], int(Color.BLUE) * 2, f"{Color.GREEN}")
print(isinstance(Color.RED, int), type(Color.RED | Color.GREEN).__name__, Color.RED | Color.GREEN)
print(str(Color.RED), "%d" % Color.BLUE, format(Color.BLUE, "03d"), hash(Color.RED) == hash(1))

class Flag(int):
    def __or__(self, other):
        return Flag(int(self) | int(other))
    def __repr__(self):
        return f"Flag({int(self):#b})"

print(Flag(1) | Flag(4), Flag(2) | 1, 1 | Flag(2))
